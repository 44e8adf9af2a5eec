"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImportPreview } from "@/lib/services/plan-import";
import { DraftEditor } from "./draft-editor";
import { SourcePicker } from "./source-picker";
import { SourceReview } from "./source-review";

import type { DepartmentOption } from "./draft-types";

/** Upload or paste → preview tree with inline corrections → save as draft. */
export function ImportWizard({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations("plans.import");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  if (!preview) return <SourcePicker onPreview={setPreview} />;
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
