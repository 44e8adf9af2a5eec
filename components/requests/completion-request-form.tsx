"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestCompletionAction } from "@/lib/actions/requests";
import { completionRequestSchema } from "@/lib/validations/requests";
import { applyActionErrors } from "@/components/ui/action-errors";
import { ALERT_CLASS, DONE_CLASS, FIELD_CLASS } from "./form-result";
import { FilePicker } from "@/components/ui/file-picker";

type Values = z.input<typeof completionRequestSchema>;
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.zip";

/** 申请办结 (lead department only): summary plus optional evidence files, sent as FormData. */
export function CompletionRequestForm({ item }: { item: { id: number; version: number } }) {
  const t = useTranslations("requests.completionForm");
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof completionRequestSchema>>({
    resolver: zodResolver(completionRequestSchema),
    defaultValues: { workItemId: item.id, version: item.version, summary: "" },
  });

  async function onSubmit(values: z.output<typeof completionRequestSchema>) {
    setMessage(null);
    const tooBig = files.find((f) => f.size > MAX_BYTES);
    if (tooBig) return setMessage(t("tooBig", { name: tooBig.name }));
    const form = new FormData();
    form.set("workItemId", String(values.workItemId));
    form.set("version", String(values.version));
    form.set("summary", values.summary);
    for (const file of files) form.append("files", file);
    const result = await requestCompletionAction(form);
    const error = applyActionErrors(result, setError);
    if (error) return setMessage(error);
    setDone(true);
    router.refresh();
  }

  if (done) return <p role="status" className={DONE_CLASS}>{t("done")}</p>;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      <h3 className="font-semibold">{t("title")}</h3>
      {message && <p role="alert" className={ALERT_CLASS}>{message}</p>}
      <fieldset disabled={isSubmitting} className="space-y-3">
        <div>
          <label htmlFor="completion-summary" className="block text-sm font-medium">
            {t("summary")}
          </label>
          <textarea id="completion-summary" rows={4} placeholder={t("summaryHint")} className={FIELD_CLASS} aria-invalid={Boolean(errors.summary)} {...register("summary")} />
          {errors.summary && <p className="mt-1 text-sm text-red-600">{errors.summary.message}</p>}
        </div>
        <div>
          <label htmlFor="completion-files" className="block text-sm font-medium">
            {t("files")}
          </label>
          <FilePicker id="completion-files" accept={ACCEPT} onFiles={setFiles} />
          <p className="mt-1 text-xs text-slate-500">{t("filesHint")}</p>
        </div>
      </fieldset>
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
