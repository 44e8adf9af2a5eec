"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";

export const FIELD = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";
export const PRIMARY =
  "rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60";

export function FieldError({ message }: { message?: string }) {
  return message ? <p className="mt-1 text-sm text-red-600">{message}</p> : null;
}

export function FormMessage({ message }: { message: { kind: "error" | "ok"; text: string } | null }) {
  if (!message) return null;
  return message.kind === "error" ? (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
      {message.text}
    </p>
  ) : (
    <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {message.text}
    </p>
  );
}

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
            className={`${FIELD} mt-0 w-24`}
            {...reg("workingDays")}
          />
          <span className="text-sm">{t("workingDaysSuffix")}</span>
        </div>
      ) : (
        <input
          id={`${idPrefix}-date`}
          type="date"
          aria-label={t("byDate")}
          className={`${FIELD} mt-0 w-48`}
          {...reg("respondBy")}
        />
      )}
      <FieldError message={errs.workingDays?.message ?? errs.respondBy?.message} />
      <p className="text-xs text-slate-500">{t("deadlineHint")}</p>
    </fieldset>
  );
}
