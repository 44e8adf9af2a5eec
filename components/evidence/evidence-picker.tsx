"use client";
import { useTranslations } from "next-intl";
import { FileField } from "@/components/ui/file-field";
import { EVIDENCE_ACCEPT, evidenceProblem, formatFileSize, type EvidenceProblem } from "@/lib/validations/evidence";

export interface EvidenceSelection {
  files: File[];
  /** Why these files cannot be sent (in the reader's language), or null. */
  problem: string | null;
}

export const NO_EVIDENCE: EvidenceSelection = { files: [], problem: null };

/** The message for a refused selection, from the `evidence` namespace. */
export function useEvidenceProblemText() {
  const t = useTranslations("evidence");
  return (p: EvidenceProblem | null) =>
    p ? t(`problem.${p.code}`, p as unknown as Record<string, string | number>) : null;
}

/**
 * 佐证材料: a localised file picker that checks size, type and count the moment files are chosen,
 * so a refused file is named before anything is uploaded. The form sends `selection.files`.
 */
export function EvidencePicker({
  id,
  label,
  hint,
  selection,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  hint?: string;
  selection: EvidenceSelection;
  onChange: (next: EvidenceSelection) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("evidence");
  const problemText = useEvidenceProblemText();
  return (
    <FileField
      id={id}
      label={label}
      hint={hint ?? t("hint")}
      error={selection.problem}
      files={selection.files}
      onFiles={(files) => onChange({ files, problem: problemText(evidenceProblem(files)) })}
      multiple
      accept={EVIDENCE_ACCEPT}
      disabled={disabled}
      summary={selection.files.length ? t("chosen", { count: selection.files.length }) : t("none")}
    >
      {selection.files.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-sm text-slate-700" aria-label={t("list")}>
          {selection.files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="break-all">
              {f.name} <span className="text-slate-500">({formatFileSize(f.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </FileField>
  );
}

/** Shown while a submission with files is on its way: how much is being sent, and that it is moving. */
export function UploadProgress({ files, active }: { files: File[]; active: boolean }) {
  const t = useTranslations("evidence");
  if (!active || files.length === 0) return null;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return (
    <div role="status" className="space-y-1 text-sm text-slate-700">
      <p>{t("uploading", { count: files.length, size: formatFileSize(total) })}</p>
      <progress className="h-2 w-full" aria-label={t("uploadingLabel")} />
    </div>
  );
}
