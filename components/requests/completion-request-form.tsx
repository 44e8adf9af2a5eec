"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EvidencePicker, UploadProgress } from "@/components/evidence/evidence-picker";
import { useEvidence } from "@/components/evidence/use-evidence";
import { Alert, FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestCompletionAction } from "@/lib/actions/requests";
import { completionRequestSchema } from "@/lib/validations/requests";

/** 申请办结 (lead department only): summary plus optional evidence files, sent as FormData. */
export function CompletionRequestForm({ item }: { item: { id: number; version: number } }) {
  const t = useTranslations("requests.completionForm");
  const [done, setDone] = useState(false);
  const evidence = useEvidence();
  const { register, submit, submitting, alert, setAlert, formState } = useActionForm({
    schema: completionRequestSchema,
    defaultValues: { workItemId: item.id, version: item.version, summary: "" },
    action: requestCompletionAction,
    ...evidence.sending,
    onSuccess: () => setDone(true),
  });

  if (done) return <Alert tone="success">{t("done")}</Alert>;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <h3 className="font-semibold">{t("title")}</h3>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <TextAreaField
          id="completion-summary"
          label={t("summary")}
          rows={4}
          placeholder={t("summaryHint")}
          error={formState.errors.summary}
          registration={register("summary")}
        />
        <EvidencePicker
          id="completion-files"
          label={t("files")}
          hint={t("filesHint")}
          {...evidence.picker(() => setAlert(null))}
        />
      </fieldset>
      <UploadProgress files={evidence.selection.files} active={submitting} />
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
