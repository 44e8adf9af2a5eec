"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextAreaField } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { previewImportAction } from "@/lib/actions/plans";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import type { ImportPreview } from "@/lib/services/plan-import";

const MAX_BYTES = 20 * 1024 * 1024;

/** The picker's own values: the pasted text or a file (the action takes the file's bytes as base64). */
const sourceSchema = z.object({ text: z.string(), file: z.instanceof(File).optional() });

function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The file input and paste box; shows reading progress, then a busy indicator while the server parses. */
export function SourcePicker({ onPreview }: { onPreview: (preview: ImportPreview) => void }) {
  const t = useTranslations("plans.import");
  const hydrated = useHydrated();
  const [phase, setPhase] = useState<"reading" | "parsing">("parsing");
  const [percent, setPercent] = useState(0);
  const { register, setValue, watch, clearErrors, submit, submitting, alert, formState } = useActionForm({
    schema: sourceSchema,
    defaultValues: { text: "" },
    check: ({ text, file }) =>
      !file && !text.trim() ? t("nothing") : file && file.size > MAX_BYTES ? t("tooLarge") : null,
    action: previewImportAction,
    toInput: async ({ text, file }) => {
      if (!file) {
        setPhase("parsing");
        return { text };
      }
      setPhase("reading");
      setPercent(0);
      const fileBase64 = await readAsBase64(file, setPercent);
      setPhase("parsing");
      return { fileBase64, filename: file.name };
    },
    refresh: false,
    onSuccess: (preview) => onPreview(preview),
  });
  const file = watch("file");

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded bg-white p-4 shadow-sm">
      <fieldset disabled={submitting || !hydrated} className="space-y-3">
        <FileField
          id="plan-file"
          label={t("file")}
          hint={t("fileHint")}
          accept=".txt,.docx,.pdf,text/plain"
          files={file ? [file] : []}
          onFiles={(files) => {
            setValue("file", files[0]);
            clearErrors("file");
          }}
          error={formState.errors.file}
        />
        <p className="text-sm text-slate-500">{t("or")}</p>
        <TextAreaField
          id="plan-text"
          label={t("text")}
          rows={10}
          inputClassName="text-sm"
          error={formState.errors.text}
          registration={register("text")}
        />
        <FormAlert message={alert} />
        <button type="submit" className={`${BUTTON_CLASS.primary} text-sm`}>
          {t("preview")}
        </button>
      </fieldset>
      {submitting && phase === "reading" && (
        <div className="space-y-1" aria-live="polite">
          <p className="text-sm">{t("reading")}</p>
          <progress className="w-full" max={100} value={percent} aria-label={t("progress")} />
        </div>
      )}
      {submitting && phase === "parsing" && (
        <p role="status" className="flex items-center gap-2 text-sm">
          <span
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-brand border-t-transparent"
            aria-hidden
          />
          {t("parsing")}
        </p>
      )}
    </form>
  );
}
