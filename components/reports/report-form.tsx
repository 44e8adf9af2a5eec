"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { EvidencePicker, UploadProgress } from "@/components/evidence/evidence-picker";
import { useEvidence } from "@/components/evidence/use-evidence";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveReportAction } from "@/lib/actions/reports";
import { comparatorSign } from "@/lib/format/comparators";
import { routes } from "@/lib/routes";
import { PROGRESS_STATUSES, reportSchema } from "@/lib/validations/reports";

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

type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * 进展填报. Posts the report id and version it loaded; on a conflict or any refusal the typed
 * values stay in the form and the message is shown above it.
 */
export function ReportForm({ workItemId, period, report, indicators }: ReportFormProps) {
  const t = useTranslations("reports");
  const router = useRouter();
  const evidence = useEvidence();
  const { register, setValue, submit, submitting, alert, setAlert, formState } = useActionForm({
    schema: reportSchema,
    defaultValues: {
      workItemId,
      period,
      reportId: report?.id ?? null,
      version: report?.version ?? null,
      intent: "draft",
      progressStatus: (report?.progressStatus ?? "in_progress") as ProgressStatus,
      percent: report?.percent ?? 0,
      narrative: report?.narrative ?? "",
      difficulties: report?.difficulties ?? "",
      helpNeeded: report?.helpNeeded ?? "",
      readings: indicators.map((i) => ({ indicatorId: i.id, value: i.value == null ? "" : String(i.value) })),
    },
    action: saveReportAction,
    ...evidence.sending,
    onSuccess: (saved) => {
      evidence.clear();
      if (saved.status === "submitted") return router.push(routes.item(workItemId));
      setValue("reportId", saved.id);
      setValue("version", saved.version);
      return t("saved");
    },
  });
  const { errors } = formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("title")}>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id="r-status"
            label={t("fields.progressStatus")}
            error={errors.progressStatus}
            registration={register("progressStatus")}
          >
            {PROGRESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`progressStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="r-percent"
            label={t("fields.percent")}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            error={errors.percent}
            registration={register("percent")}
          />
        </div>
        <TextAreaField
          id="r-narrative"
          label={t("fields.narrative")}
          rows={5}
          error={errors.narrative}
          registration={register("narrative")}
        />
        <TextAreaField
          id="r-difficulties"
          label={t("fields.difficulties")}
          rows={2}
          error={errors.difficulties}
          registration={register("difficulties")}
        />
        <TextAreaField
          id="r-help"
          label={t("fields.helpNeeded")}
          rows={2}
          error={errors.helpNeeded}
          registration={register("helpNeeded")}
        />
        {indicators.length > 0 && (
          <div className="space-y-2">
            <p className="text-sm font-medium">{t("fields.readings")}</p>
            {indicators.map((ind, i) => (
              <TextField
                key={ind.id}
                id={`r-reading-${ind.id}`}
                label={
                  <span className="font-normal">
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
                  </span>
                }
                inputMode="decimal"
                error={errors.readings?.[i]?.value}
                registration={register(`readings.${i}.value`)}
              />
            ))}
          </div>
        )}
        <EvidencePicker
          id="r-files"
          label={t("fields.files")}
          hint={t("fileHint")}
          {...evidence.picker(() => setAlert(null))}
        />
      </fieldset>
      <UploadProgress files={evidence.selection.files} active={submitting} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={submitting}
          onClick={() => setValue("intent", "draft")}
          className={BUTTON_CLASS.outline}
        >
          {submitting ? t("saving") : t("saveDraft")}
        </button>
        <button
          type="submit"
          disabled={submitting}
          onClick={() => setValue("intent", "submit")}
          className={BUTTON_CLASS.primary}
        >
          {submitting ? t("saving") : t("submit")}
        </button>
      </div>
    </form>
  );
}
