"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestCompletionAction } from "@/lib/actions/requests";
import { completionRequestSchema } from "@/lib/validations/requests";
import {
  EvidencePicker,
  NO_EVIDENCE,
  UploadProgress,
  type EvidenceSelection,
} from "@/components/evidence/evidence-picker";
import { applyActionErrors } from "@/components/ui/action-errors";
import { ALERT_CLASS, DONE_CLASS, FIELD_CLASS } from "./form-result";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof completionRequestSchema>;

/** 申请办结 (lead department only): summary plus optional evidence files, sent as FormData. */
export function CompletionRequestForm({ item }: { item: { id: number; version: number } }) {
  const t = useTranslations("requests.completionForm");
  const tEvidence = useTranslations("evidence");
  const router = useRouter();
  const [evidence, setEvidence] = useState<EvidenceSelection>(NO_EVIDENCE);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof completionRequestSchema>>({
    resolver: useLocalizedResolver(completionRequestSchema),
    defaultValues: { workItemId: item.id, version: item.version, summary: "" },
  });

  async function onSubmit(values: z.output<typeof completionRequestSchema>) {
    setMessage(null);
    if (evidence.problem) return setMessage(evidence.problem);
    const form = new FormData();
    form.set("workItemId", String(values.workItemId));
    form.set("version", String(values.version));
    form.set("summary", values.summary);
    for (const file of evidence.files) form.append("files", file);
    const result = await requestCompletionAction(form).catch(() => null);
    if (!result) return setMessage(tEvidence("failed"));
    // Success only when the server saved: a refusal with field errors returns "" here.
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    setDone(true);
    router.refresh();
  }

  if (done)
    return (
      <p role="status" className={DONE_CLASS}>
        {t("done")}
      </p>
    );
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      <h3 className="font-semibold">{t("title")}</h3>
      {message && (
        <p role="alert" className={ALERT_CLASS}>
          {message}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-3">
        <div>
          <label htmlFor="completion-summary" className="block text-sm font-medium">
            {t("summary")}
          </label>
          <textarea
            id="completion-summary"
            rows={4}
            placeholder={t("summaryHint")}
            className={FIELD_CLASS}
            aria-invalid={Boolean(errors.summary)}
            {...register("summary")}
          />
          {errors.summary && <p className="mt-1 text-sm text-red-600">{errors.summary.message}</p>}
        </div>
        <EvidencePicker
          id="completion-files"
          label={t("files")}
          hint={t("filesHint")}
          selection={evidence}
          onChange={(next) => {
            setEvidence(next);
            // A new choice replaces the refusal of the old one.
            setMessage(null);
          }}
        />
      </fieldset>
      <UploadProgress files={evidence.files} active={isSubmitting} />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
