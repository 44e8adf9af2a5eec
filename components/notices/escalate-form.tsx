"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { escalateNoticeAction } from "@/lib/actions/notices";
import { routes } from "@/lib/routes";
import { escalateNoticeSchema, type NoticeLevel } from "@/lib/validations/notices";
import { DeadlineFields } from "./deadline-fields";

/** 升级: marks this notice escalated and issues the next level to the same department. */
export function EscalateForm({
  noticeId,
  version,
  nextLevel,
}: {
  noticeId: number;
  version: number;
  nextLevel: NoticeLevel;
}) {
  const t = useTranslations("notices");
  const router = useRouter();
  const { register, watch, submit, submitting, alert, formState } = useActionForm({
    schema: escalateNoticeSchema,
    defaultValues: { noticeId, version, reason: "", deadlineMode: "workingDays", workingDays: 3 },
    action: escalateNoticeAction,
    onSuccess: (escalated) => router.push(routes.notice(escalated.id)),
  });
  const title = t("escalate.title", { level: t(`level.${nextLevel}`) });

  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand">{title}</summary>
      <form onSubmit={submit} noValidate className="mt-3 space-y-3" aria-label={title}>
        <FormAlert message={alert} />
        <fieldset disabled={submitting} className="space-y-3">
          <TextAreaField
            id="escalate-reason"
            label={t("escalate.reason")}
            rows={3}
            error={formState.errors.reason}
            registration={register("reason")}
          />
          <DeadlineFields idPrefix="escalate" register={register} watch={watch} errors={formState.errors} />
          <button
            type="submit"
            className="rounded border border-red-700 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {submitting ? t("escalate.submitting") : t("escalate.submit")}
          </button>
        </fieldset>
      </form>
    </details>
  );
}
