/**
 * The rules for evidence uploads, shared by the browser (checked before anything is sent) and the
 * server (checked again on the bytes received).
 */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
/** One submission carries at most this much; the server's body limits (next.config.js) sit just above it. */
export const MAX_EVIDENCE_TOTAL_BYTES = 100 * 1024 * 1024;
export const EVIDENCE_EXTENSIONS = ["pdf", "docx", "xlsx", "jpg", "png", "zip"] as const;
export type EvidenceExt = (typeof EVIDENCE_EXTENSIONS)[number];
/** The file picker's `accept`. */
export const EVIDENCE_ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.zip";

export function evidenceExtensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
  return ext === "jpeg" ? "jpg" : ext;
}

export type EvidenceProblem =
  | { code: "tooMany"; max: number }
  | { code: "tooLarge"; name: string }
  | { code: "empty"; name: string }
  | { code: "type"; name: string }
  | { code: "total"; maxMb: number };

/** The first reason a selection of files cannot be uploaded, or null when it can. */
export function evidenceProblem(files: readonly { name: string; size: number }[]): EvidenceProblem | null {
  if (files.length > MAX_EVIDENCE_FILES) return { code: "tooMany", max: MAX_EVIDENCE_FILES };
  for (const f of files) {
    if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(evidenceExtensionOf(f.name)))
      return { code: "type", name: f.name };
    if (f.size === 0) return { code: "empty", name: f.name };
    if (f.size > MAX_EVIDENCE_BYTES) return { code: "tooLarge", name: f.name };
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_EVIDENCE_TOTAL_BYTES) return { code: "total", maxMb: MAX_EVIDENCE_TOTAL_BYTES / 1024 / 1024 };
  return null;
}

/** A size for people: 15.2 MB, 820 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
