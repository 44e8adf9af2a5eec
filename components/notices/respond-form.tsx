"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type BaseSyntheticEvent } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { respondNoticeAction } from "@/lib/actions/notices";
import { respondNoticeSchema, type RespondNoticeInput } from "@/lib/validations/notices";
import { FIELD, FieldError, FormMessage, PRIMARY } from "./form-bits";
import { FilePicker } from "@/components/ui/file-picker";

/** 答复督办单, with optional evidence files. The typed answer stays in the form on any refusal. */
export function RespondForm({ noticeId, version }: { noticeId: number; version: number }) {
  const t = useTranslations("notices.respond");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RespondNoticeInput, unknown, z.output<typeof respondNoticeSchema>>({
    resolver: zodResolver(respondNoticeSchema),
    defaultValues: { noticeId, version, response: "" },
  });

  async function onSubmit(values: z.output<typeof respondNoticeSchema>, event?: BaseSyntheticEvent) {
    setMessage(null);
    const form = event?.target as HTMLFormElement | undefined;
    const files = form?.querySelector<HTMLInputElement>('input[type="file"]');
    const data = new FormData();
    data.set("payload", JSON.stringify(values));
    for (const file of Array.from(files?.files ?? [])) data.append("files", file);
    const result = await respondNoticeAction(data as never);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage({ kind: "error", text: error ?? "" });
    setMessage({ kind: "ok", text: t("done") });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      <h2 className="font-semibold">{t("title")}</h2>
      <FormMessage message={message} />
      <fieldset disabled={isSubmitting} className="space-y-3">
        <div>
          <label htmlFor="notice-response" className="block text-sm font-medium">
            {t("response")}
          </label>
          <textarea id="notice-response" rows={4} placeholder={t("responseHint")} className={FIELD} aria-invalid={Boolean(errors.response)} {...register("response")} />
          <FieldError message={errors.response?.message} />
        </div>
        <div>
          <label htmlFor="notice-files" className="block text-sm font-medium">
            {t("evidence")}
          </label>
          <FilePicker id="notice-files" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.zip" />
        </div>
        <button type="submit" className={PRIMARY}>
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
