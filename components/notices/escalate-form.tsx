"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { escalateNoticeAction } from "@/lib/actions/notices";
import { escalateNoticeSchema, type EscalateNoticeInput, type NoticeLevel } from "@/lib/validations/notices";
import { DeadlineFields, FIELD, FieldError, FormMessage } from "./form-bits";
import { routes } from "@/lib/routes";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

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
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<EscalateNoticeInput, unknown, z.output<typeof escalateNoticeSchema>>({
    resolver: useLocalizedResolver(escalateNoticeSchema),
    defaultValues: { noticeId, version, reason: "", deadlineMode: "workingDays", workingDays: 3 },
  });
  const level = t(`level.${nextLevel}`);

  async function onSubmit(values: z.output<typeof escalateNoticeSchema>) {
    setMessage(null);
    const result = await escalateNoticeAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage({ kind: "error", text: error ?? "" });
    router.push(routes.notice(result.data.id));
    router.refresh();
  }

  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand">{t("escalate.title", { level })}</summary>
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        className="mt-3 space-y-3"
        aria-label={t("escalate.title", { level })}
      >
        <FormMessage message={message} />
        <fieldset disabled={isSubmitting} className="space-y-3">
          <div>
            <label htmlFor="escalate-reason" className="block text-sm font-medium">
              {t("escalate.reason")}
            </label>
            <textarea
              id="escalate-reason"
              rows={3}
              className={FIELD}
              aria-invalid={Boolean(errors.reason)}
              {...register("reason")}
            />
            <FieldError message={errors.reason?.message} />
          </div>
          <DeadlineFields idPrefix="escalate" register={register} watch={watch} errors={errors} />
          <button
            type="submit"
            className="rounded border border-red-700 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {isSubmitting ? t("escalate.submitting") : t("escalate.submit")}
          </button>
        </fieldset>
      </form>
    </details>
  );
}
