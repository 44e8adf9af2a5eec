"use client";
import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";

/**
 * The confirmation a date before today needs: shown once the server has said the date is in the
 * past (it knows "today", also under APP_TODAY), and kept while the box is ticked.
 */
export function PastDueConfirm<T extends FieldValues & { confirmPastDue?: boolean }>({
  id,
  error,
  control,
  registration,
}: {
  id: string;
  error?: string;
  control: Control<T>;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations("lifecycle.dispatch");
  const checked = Boolean(useWatch({ control, name: "confirmPastDue" as Path<T> }));
  if (!error && !checked) return null;
  return (
    <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
      {error && <p className="text-amber-900">{error}</p>}
      <label htmlFor={id} className="mt-1 flex items-center gap-2 font-medium">
        <input id={id} type="checkbox" {...registration} />
        {t("confirmPast")}
      </label>
    </div>
  );
}
