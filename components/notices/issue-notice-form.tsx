"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/ui/action-errors";
import { issueNoticeAction } from "@/lib/actions/notices";
import {
  issueNoticeSchema,
  NOTICE_LEVELS,
  type IssueNoticeInput,
  type IssueNoticeValues,
} from "@/lib/validations/notices";
import { DeadlineFields, FIELD, FieldError, FormMessage, PRIMARY } from "./form-bits";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

export interface IssueNoticeFormProps {
  workItemId: number;
  departments: { id: number; name: string; role: "lead" | "support" }[];
}

/** 发督办单: to one of the item's departments, with a level, a reason and a respond-by date. */
export function IssueNoticeForm({ workItemId, departments }: IssueNoticeFormProps) {
  const t = useTranslations("notices");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<IssueNoticeInput, unknown, IssueNoticeValues>({
    resolver: useLocalizedResolver(issueNoticeSchema),
    defaultValues: {
      workItemId,
      departmentId: departments.length === 1 ? departments[0]!.id : ("" as never),
      level: "reminder",
      reason: "",
      deadlineMode: "workingDays",
      workingDays: 5,
    },
  });

  async function onSubmit(values: IssueNoticeValues) {
    setMessage(null);
    const result = await issueNoticeAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage({ kind: "error", text: error ?? "" });
    reset();
    setMessage({ kind: "ok", text: t("issue.done", { date: result.data.respondBy }) });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("issue.title")}>
      <FormMessage message={message} />
      <fieldset disabled={isSubmitting} className="space-y-3">
        <input type="hidden" {...register("workItemId")} />
        <div>
          <label htmlFor="notice-department" className="block text-sm font-medium">
            {t("issue.department")}
          </label>
          <select
            id="notice-department"
            className={FIELD}
            aria-invalid={Boolean(errors.departmentId)}
            {...register("departmentId")}
          >
            <option value="">{t("issue.chooseDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <FieldError message={errors.departmentId?.message} />
        </div>
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
          <FieldError message={errors.level?.message} />
        </fieldset>
        <div>
          <label htmlFor="notice-reason" className="block text-sm font-medium">
            {t("issue.reason")}
          </label>
          <textarea
            id="notice-reason"
            rows={3}
            placeholder={t("issue.reasonHint")}
            className={FIELD}
            aria-invalid={Boolean(errors.reason)}
            {...register("reason")}
          />
          <FieldError message={errors.reason?.message} />
        </div>
        <DeadlineFields idPrefix="notice" register={register} watch={watch} errors={errors} />
        <button type="submit" className={PRIMARY}>
          {isSubmitting ? t("issue.submitting") : t("issue.submit")}
        </button>
      </fieldset>
    </form>
  );
}
