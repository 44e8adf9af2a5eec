"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { dispatchAction } from "@/lib/actions/lifecycle";
import { dispatchSchema, REPORTING_CYCLES } from "@/lib/validations/lifecycle";
import { applyActionErrors } from "@/components/ui/action-errors";
import { PastDueConfirm } from "./past-due-confirm";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof dispatchSchema>;

/** 交办 one item: due date, reporting cycle and report day, with the version the page loaded. */
export function DispatchForm({
  item,
}: {
  item: { id: number; version: number; dueOn: string | null; reportingCycle: string; reportDueDay: number };
}) {
  const t = useTranslations("lifecycle.dispatch");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof dispatchSchema>>({
    resolver: useLocalizedResolver(dispatchSchema),
    defaultValues: {
      items: [{ id: item.id, version: item.version }],
      dueOn: item.dueOn ?? "",
      confirmPastDue: false,
      reportingCycle: item.reportingCycle as Values["reportingCycle"],
      reportDueDay: item.reportDueDay,
    },
  });

  async function onSubmit(values: z.output<typeof dispatchSchema>) {
    setMessage(null);
    const result = await dispatchAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    router.refresh();
  }

  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      {message && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      {errors.items?.message && <p className="text-sm text-red-600">{errors.items.message}</p>}
      <fieldset disabled={isSubmitting} className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="dispatch-dueOn" className="block text-sm font-medium">
            {t("dueOn")}
          </label>
          <input
            id="dispatch-dueOn"
            type="date"
            required
            className={field}
            aria-invalid={Boolean(errors.dueOn || errors.confirmPastDue)}
            {...register("dueOn")}
          />
          {errors.dueOn && <p className="mt-1 text-sm text-red-600">{errors.dueOn.message}</p>}
          <PastDueConfirm
            id="dispatch-confirmPast"
            error={errors.confirmPastDue?.message}
            control={control}
            registration={register("confirmPastDue")}
          />
        </div>
        <div>
          <label htmlFor="dispatch-cycle" className="block text-sm font-medium">
            {t("cycle")}
          </label>
          <select id="dispatch-cycle" className={field} {...register("reportingCycle")}>
            {REPORTING_CYCLES.map((c) => (
              <option key={c} value={c}>
                {t(`cycles.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dispatch-day" className="block text-sm font-medium">
            {t("dueDay")}
          </label>
          <input
            id="dispatch-day"
            type="number"
            min={1}
            max={31}
            className={field}
            aria-invalid={Boolean(errors.reportDueDay)}
            {...register("reportDueDay")}
          />
          {errors.reportDueDay && <p className="mt-1 text-sm text-red-600">{errors.reportDueDay.message}</p>}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
