"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { previewImportAction } from "@/lib/actions/plans";
import type { ImportPreview } from "@/lib/services/plan-import";
import { DraftEditor } from "./draft-editor";
import { SourcePicker } from "./source-picker";
import { SourceReview } from "./source-review";

import type { DepartmentOption } from "./draft-types";

/** Upload or paste → preview tree with inline corrections → save as draft. */
export function ImportWizard({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations("plans.import");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSource(input: { text?: string; fileBase64?: string; filename?: string }) {
    setError(null);
    const result = await previewImportAction(input);
    if (!result.ok) {
      setError(result.fieldErrors ? (Object.values(result.fieldErrors)[0]?.[0] ?? result.error) : result.error);
      return;
    }
    setPreview(result.data);
  }

  if (!preview) {
    return (
      <div className="space-y-3">
        {error && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <SourcePicker onSource={onSource} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {t("elapsed", { ms: preview.elapsedMs })}
        <button type="button" onClick={() => setPreview(null)} className="text-brand underline">
          {t("restart")}
        </button>
      </p>
      <SourceReview review={preview.review} />
      <DraftEditor preview={preview} departments={departments} />
    </div>
  );
}
