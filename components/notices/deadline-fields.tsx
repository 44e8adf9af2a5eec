"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";
import { FieldMessage, INPUT_CLASS } from "@/components/ui/field";

type DeadlineValues = { deadlineMode: "workingDays" | "date"; workingDays?: unknown; respondBy?: string };

/** Respond-by: "within N working days" (holiday calendar) or a date. */
export function DeadlineFields<T extends DeadlineValues>({
  idPrefix,
  register,
  watch,
  errors,
}: {
  idPrefix: string;
  register: UseFormRegister<T>;
  watch: UseFormWatch<T>;
  errors: FieldErrors<T>;
}) {
  const t = useTranslations("notices.issue");
  const reg = register as unknown as UseFormRegister<DeadlineValues>;
  const mode = (watch as unknown as UseFormWatch<DeadlineValues>)("deadlineMode");
  const errs = errors as FieldErrors<DeadlineValues>;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("deadline")}</legend>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-1">
          <input type="radio" value="workingDays" {...reg("deadlineMode")} />
          {t("workingDays")}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" value="date" {...reg("deadlineMode")} />
          {t("byDate")}
        </label>
      </div>
      {mode === "workingDays" ? (
        <div className="flex items-center gap-2">
          <input
            id={`${idPrefix}-days`}
            type="number"
            min={1}
            max={60}
            aria-label={t("workingDays")}
            className={`${INPUT_CLASS} mt-0 w-24`}
            {...reg("workingDays")}
          />
          <span className="text-sm">{t("workingDaysSuffix")}</span>
        </div>
      ) : (
        <input
          id={`${idPrefix}-date`}
          type="date"
          aria-label={t("byDate")}
          className={`${INPUT_CLASS} mt-0 w-48`}
          {...reg("respondBy")}
        />
      )}
      <FieldMessage error={errs.workingDays ?? errs.respondBy} />
      <p className="text-xs text-slate-500">{t("deadlineHint")}</p>
    </fieldset>
  );
}
