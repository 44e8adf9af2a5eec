"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  EvidencePicker,
  NO_EVIDENCE,
  UploadProgress,
  type EvidenceSelection,
} from "@/components/evidence/evidence-picker";
import { comparatorSign } from "@/lib/format/comparators";
import { applyActionErrors } from "@/components/ui/action-errors";
import { saveReportAction } from "@/lib/actions/reports";
import { PROGRESS_STATUSES, reportSchema } from "@/lib/validations/reports";
import { routes } from "@/lib/routes";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof reportSchema>;

export interface ReportFormProps {
  workItemId: number;
  period: string;
  report: {
    id: number;
    version: number;
    progressStatus: string;
    percent: number;
    narrative: string;
    difficulties: string | null;
    helpNeeded: string | null;
  } | null;
  indicators: {
    id: number;
    name: string;
    comparator: string;
    targetValue: number;
    unit: string;
    value: number | null;
  }[];
}

/**
 * 进展填报. Posts the report id and version it loaded; on a conflict or any refusal the typed
 * values stay in the form and the message is shown above it.
 */
export function ReportForm({ workItemId, period, report, indicators }: ReportFormProps) {
  const t = useTranslations("reports");
  const tEvidence = useTranslations("evidence");
  const router = useRouter();
  const [evidence, setEvidence] = useState<EvidenceSelection>(NO_EVIDENCE);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof reportSchema>>({
    resolver: useLocalizedResolver(reportSchema),
    defaultValues: {
      workItemId,
      period,
      reportId: report?.id ?? null,
      version: report?.version ?? null,
      intent: "draft",
      progressStatus: (report?.progressStatus ?? "in_progress") as Values["progressStatus"],
      percent: report?.percent ?? 0,
      narrative: report?.narrative ?? "",
      difficulties: report?.difficulties ?? "",
      helpNeeded: report?.helpNeeded ?? "",
      readings: indicators.map((i) => ({ indicatorId: i.id, value: i.value == null ? "" : String(i.value) })),
    },
  });

  async function onSubmit(values: z.output<typeof reportSchema>) {
    setMessage(null);
    if (evidence.problem) return setMessage({ kind: "error", text: evidence.problem });
    const data = new FormData();
    data.set("payload", JSON.stringify(values));
    for (const file of evidence.files) data.append("files", file);
    const result = await saveReportAction(data as never).catch(() => null);
    if (!result) return setMessage({ kind: "error", text: tEvidence("failed") });
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error ? { kind: "error", text: error } : null);
    setEvidence(NO_EVIDENCE);
    if (result.data.status === "submitted") {
      router.push(routes.item(workItemId));
      router.refresh();
      return;
    }
    setValue("reportId", result.data.id);
    setValue("version", result.data.version);
    setMessage({ kind: "ok", text: t("saved") });
    router.refresh();
  }

  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  const err = (m?: string) => m && <p className="mt-1 text-sm text-red-600">{m}</p>;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("title")}>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-200 bg-red-50 text-red-700" : "border-green-200 bg-green-50 text-green-800"}`}
        >
          {message.text}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="r-status" className="block text-sm font-medium">
              {t("fields.progressStatus")}
            </label>
            <select id="r-status" className={field} {...register("progressStatus")}>
              {PROGRESS_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`progressStatus.${s}`)}
                </option>
              ))}
            </select>
            {err(errors.progressStatus?.message)}
          </div>
          <div>
            <label htmlFor="r-percent" className="block text-sm font-medium">
              {t("fields.percent")}
            </label>
            <input
              id="r-percent"
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
              className={field}
              aria-invalid={Boolean(errors.percent)}
              {...register("percent")}
            />
            {err(errors.percent?.message)}
          </div>
        </div>
        <div>
          <label htmlFor="r-narrative" className="block text-sm font-medium">
            {t("fields.narrative")}
          </label>
          <textarea
            id="r-narrative"
            rows={5}
            className={field}
            aria-invalid={Boolean(errors.narrative)}
            {...register("narrative")}
          />
          {err(errors.narrative?.message)}
        </div>
        <div>
          <label htmlFor="r-difficulties" className="block text-sm font-medium">
            {t("fields.difficulties")}
          </label>
          <textarea id="r-difficulties" rows={2} className={field} {...register("difficulties")} />
          {err(errors.difficulties?.message)}
        </div>
        <div>
          <label htmlFor="r-help" className="block text-sm font-medium">
            {t("fields.helpNeeded")}
          </label>
          <textarea id="r-help" rows={2} className={field} {...register("helpNeeded")} />
          {err(errors.helpNeeded?.message)}
        </div>
        {indicators.length > 0 && (
          <div className="space-y-2">
            <p className="text-sm font-medium">{t("fields.readings")}</p>
            {indicators.map((ind, i) => (
              <div key={ind.id}>
                <label htmlFor={`r-reading-${ind.id}`} className="block text-sm">
                  {ind.name}
                  <span className="text-slate-500">
                    {" "}
                    (
                    {t("target", {
                      comparator: comparatorSign(ind.comparator),
                      value: ind.targetValue,
                      unit: ind.unit,
                    })}
                    )
                  </span>
                </label>
                <input
                  id={`r-reading-${ind.id}`}
                  inputMode="decimal"
                  className={field}
                  aria-invalid={Boolean(errors.readings?.[i]?.value)}
                  {...register(`readings.${i}.value`)}
                />
                {err(errors.readings?.[i]?.value?.message)}
              </div>
            ))}
          </div>
        )}
        <EvidencePicker
          id="r-files"
          label={t("fields.files")}
          hint={t("fileHint")}
          selection={evidence}
          onChange={(next) => {
            setEvidence(next);
            // A new choice replaces the refusal of the old one.
            setMessage(null);
          }}
        />
      </fieldset>
      <UploadProgress files={evidence.files} active={isSubmitting} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={isSubmitting}
          onClick={() => setValue("intent", "draft")}
          className="rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-slate-50 disabled:opacity-60"
        >
          {isSubmitting ? t("saving") : t("saveDraft")}
        </button>
        <button
          type="submit"
          disabled={isSubmitting}
          onClick={() => setValue("intent", "submit")}
          className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {isSubmitting ? t("saving") : t("submit")}
        </button>
      </div>
    </form>
  );
}
