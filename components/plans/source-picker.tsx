"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useHydrated } from "@/lib/hooks/use-hydrated";

const MAX_BYTES = 20 * 1024 * 1024;

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
export function SourcePicker({
  onSource,
}: {
  onSource: (input: { text?: string; fileBase64?: string; filename?: string }) => Promise<void>;
}) {
  const t = useTranslations("plans.import");
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<"idle" | "reading" | "parsing">("idle");
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const file = fileRef.current?.files?.[0];
    if (!file && !text.trim()) return setError(t("nothing"));
    if (file && file.size > MAX_BYTES) return setError(t("tooLarge"));
    try {
      let input: { text?: string; fileBase64?: string; filename?: string } = { text };
      if (file) {
        setPhase("reading");
        setPercent(0);
        input = { fileBase64: await readAsBase64(file, setPercent), filename: file.name };
      }
      setPhase("parsing");
      await onSource(input);
    } finally {
      setPhase("idle");
    }
  }

  const busy = phase !== "idle";
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded bg-white p-4 shadow-sm">
      <fieldset disabled={busy || !hydrated} className="space-y-3">
        <div>
          <label htmlFor="plan-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id="plan-file"
            ref={fileRef}
            type="file"
            accept=".txt,.docx,.pdf,text/plain"
            className="mt-1 block w-full text-sm"
          />
          <p className="mt-1 text-xs text-slate-500">{t("fileHint")}</p>
        </div>
        <p className="text-sm text-slate-500">{t("or")}</p>
        <div>
          <label htmlFor="plan-text" className="block text-sm font-medium">
            {t("text")}
          </label>
          <textarea
            id="plan-text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {t("preview")}
        </button>
      </fieldset>
      {phase === "reading" && (
        <div className="space-y-1" aria-live="polite">
          <p className="text-sm">{t("reading")}</p>
          <progress className="w-full" max={100} value={percent} aria-label={t("progress")} />
        </div>
      )}
      {phase === "parsing" && (
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
