"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { reviewReportAction } from "@/lib/actions/reports";
import { reviewSchema } from "@/lib/validations/reports";

/** 审核: accept, or return with a reason (posts the version the page loaded). */
export function ReviewForm({ report }: { report: { id: number; version: number } }) {
  const t = useTranslations("reports.review");
  const { register, setValue, submit, submitting, alert, formState } = useActionForm({
    schema: reviewSchema,
    defaultValues: { reportId: report.id, version: report.version, decision: "accept", reason: "" },
    action: reviewReportAction,
  });
  const submitAs = (decision: "accept" | "return") => () => setValue("decision", decision);
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-3 space-y-2 border-t border-slate-200 pt-3"
      aria-label={t("title")}
    >
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-2">
        <TextAreaField
          id={`reason-${report.id}`}
          label={t("reason")}
          rows={2}
          error={formState.errors.reason}
          registration={register("reason")}
        />
        <div className="flex flex-wrap gap-2">
          <button type="submit" onClick={submitAs("accept")} className={BUTTON_CLASS.primary}>
            {t("accept")}
          </button>
          <button type="submit" onClick={submitAs("return")} className={BUTTON_CLASS.danger}>
            {t("return")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
