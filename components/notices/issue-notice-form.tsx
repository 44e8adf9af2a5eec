"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, FieldMessage, SelectField, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { issueNoticeAction } from "@/lib/actions/notices";
import { issueNoticeSchema, NOTICE_LEVELS } from "@/lib/validations/notices";
import { DeadlineFields } from "./deadline-fields";

export interface IssueNoticeFormProps {
  workItemId: number;
  departments: { id: number; name: string; role: "lead" | "support" }[];
}

/** 发督办单: to one of the item's departments, with a level, a reason and a respond-by date. */
export function IssueNoticeForm({ workItemId, departments }: IssueNoticeFormProps) {
  const t = useTranslations("notices");
  const { register, reset, watch, submit, submitting, alert, formState } = useActionForm({
    schema: issueNoticeSchema,
    defaultValues: {
      workItemId,
      // One department is chosen for the user; otherwise the empty choice, which the schema refuses.
      departmentId: departments.length === 1 ? departments[0]!.id : "",
      level: "reminder",
      reason: "",
      deadlineMode: "workingDays",
      workingDays: 5,
    },
    action: issueNoticeAction,
    onSuccess: (issued) => {
      reset();
      return t("issue.done", { date: issued.respondBy });
    },
  });
  const { errors } = formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("issue.title")}>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-3">
        <input type="hidden" {...register("workItemId")} />
        <SelectField
          id="notice-department"
          label={t("issue.department")}
          error={errors.departmentId}
          registration={register("departmentId")}
        >
          <option value="">{t("issue.chooseDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend className="text-sm font-medium">{t("issue.level")}</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {NOTICE_LEVELS.map((level) => (
              <label key={level} className="flex items-center gap-1">
                <input type="radio" value={level} {...register("level")} />
                {t(`level.${level}`)}
              </label>
            ))}
          </div>
          <FieldMessage error={errors.level} />
        </fieldset>
        <TextAreaField
          id="notice-reason"
          label={t("issue.reason")}
          rows={3}
          placeholder={t("issue.reasonHint")}
          error={errors.reason}
          registration={register("reason")}
        />
        <DeadlineFields idPrefix="notice" register={register} watch={watch} errors={errors} />
        <button type="submit" className={`${BUTTON_CLASS.primary} text-sm`}>
          {submitting ? t("issue.submitting") : t("issue.submit")}
        </button>
      </fieldset>
    </form>
  );
}
