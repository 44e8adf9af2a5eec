"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { reviewReportAction } from "@/lib/actions/reports";
import { reviewSchema } from "@/lib/validations/reports";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof reviewSchema>;

/** 审核: accept, or return with a reason (posts the version the page loaded). */
export function ReviewForm({ report }: { report: { id: number; version: number } }) {
  const t = useTranslations("reports.review");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof reviewSchema>>({
    resolver: useLocalizedResolver(reviewSchema),
    defaultValues: { reportId: report.id, version: report.version, decision: "accept", reason: "" },
  });

  async function onSubmit(values: z.output<typeof reviewSchema>) {
    setMessage(null);
    const result = await reviewReportAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    router.refresh();
  }
  const submitAs = (decision: "accept" | "return") => () => setValue("decision", decision);
  const id = `reason-${report.id}`;
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="mt-3 space-y-2 border-t border-slate-200 pt-3"
      aria-label={t("title")}
    >
      {message && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-2">
        <label htmlFor={id} className="block text-sm font-medium">
          {t("reason")}
        </label>
        <textarea
          id={id}
          rows={2}
          className="w-full rounded border border-slate-300 px-3 py-2"
          aria-invalid={Boolean(errors.reason)}
          {...register("reason")}
        />
        {errors.reason && <p className="text-sm text-red-600">{errors.reason.message}</p>}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            onClick={submitAs("accept")}
            className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {t("accept")}
          </button>
          <button
            type="submit"
            onClick={submitAs("return")}
            className="rounded border border-red-300 px-4 py-2 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {t("return")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
