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
import { applyActionErrors } from "@/components/ui/action-errors";
import { respondNoticeAction } from "@/lib/actions/notices";
import { respondNoticeSchema, type RespondNoticeInput } from "@/lib/validations/notices";
import { FIELD, FieldError, FormMessage, PRIMARY } from "./form-bits";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

/** 答复督办单, with optional evidence files. The typed answer stays in the form on any refusal. */
export function RespondForm({ noticeId, version }: { noticeId: number; version: number }) {
  const t = useTranslations("notices.respond");
  const tEvidence = useTranslations("evidence");
  const router = useRouter();
  const [evidence, setEvidence] = useState<EvidenceSelection>(NO_EVIDENCE);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RespondNoticeInput, unknown, z.output<typeof respondNoticeSchema>>({
    resolver: useLocalizedResolver(respondNoticeSchema),
    defaultValues: { noticeId, version, response: "" },
  });

  async function onSubmit(values: z.output<typeof respondNoticeSchema>) {
    setMessage(null);
    if (evidence.problem) return setMessage({ kind: "error", text: evidence.problem });
    const data = new FormData();
    data.set("payload", JSON.stringify(values));
    for (const file of evidence.files) data.append("files", file);
    const result = await respondNoticeAction(data as never).catch(() => null);
    if (!result) return setMessage({ kind: "error", text: tEvidence("failed") });
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error ? { kind: "error", text: error } : null);
    setEvidence(NO_EVIDENCE);
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
          <textarea
            id="notice-response"
            rows={4}
            placeholder={t("responseHint")}
            className={FIELD}
            aria-invalid={Boolean(errors.response)}
            {...register("response")}
          />
          <FieldError message={errors.response?.message} />
        </div>
        <EvidencePicker
          id="notice-files"
          label={t("evidence")}
          selection={evidence}
          onChange={(next) => {
            setEvidence(next);
            // A new choice replaces the refusal of the old one.
            setMessage(null);
          }}
        />
        <UploadProgress files={evidence.files} active={isSubmitting} />
        <button type="submit" className={PRIMARY}>
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
