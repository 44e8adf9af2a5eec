"use client";
import { useTranslations } from "next-intl";
import { EvidencePicker, UploadProgress } from "@/components/evidence/evidence-picker";
import { useEvidence } from "@/components/evidence/use-evidence";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { respondNoticeAction } from "@/lib/actions/notices";
import { respondNoticeSchema } from "@/lib/validations/notices";

/** 答复督办单, with optional evidence files. The typed answer stays in the form on any refusal. */
export function RespondForm({ noticeId, version }: { noticeId: number; version: number }) {
  const t = useTranslations("notices.respond");
  const evidence = useEvidence();
  const { register, submit, submitting, alert, setAlert, formState } = useActionForm({
    schema: respondNoticeSchema,
    defaultValues: { noticeId, version, response: "" },
    action: respondNoticeAction,
    ...evidence.sending,
    onSuccess: () => {
      evidence.clear();
      return t("done");
    },
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <h2 className="font-semibold">{t("title")}</h2>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <TextAreaField
          id="notice-response"
          label={t("response")}
          rows={4}
          placeholder={t("responseHint")}
          error={formState.errors.response}
          registration={register("response")}
        />
        <EvidencePicker id="notice-files" label={t("evidence")} {...evidence.picker(() => setAlert(null))} />
        <UploadProgress files={evidence.selection.files} active={submitting} />
        <button type="submit" className={`${BUTTON_CLASS.primary} text-sm`}>
          {submitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
