import type { EvidenceListing } from "@/lib/services/evidence";

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Download links for evidence files; names are shown exactly as uploaded. */
export function EvidenceLinks({ files, empty }: { files: EvidenceListing[]; empty: string }) {
  if (files.length === 0) return <span className="text-slate-500">{empty}</span>;
  return (
    <ul className="space-y-1">
      {files.map((f) => (
        <li key={f.id} className="break-all">
          <a href={`/api/files/${f.id}`} className="text-brand underline hover:text-brand-dark">
            {f.filename}
          </a>{" "}
          <span className="text-xs text-slate-500">({sizeLabel(f.size)})</span>
        </li>
      ))}
    </ul>
  );
}
