"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

/**
 * A file input that speaks the page's language: the browser's own control says "Choose Files /
 * No file chosen" whatever the locale. The real input stays in the form (visually hidden, so
 * FormData, labels and tests see it); a button opens it and the chosen names are shown beside it.
 * Code that clears the input should dispatch a `change` event so the names clear too.
 */
export function FilePicker({
  id,
  name,
  multiple = true,
  accept,
  onFiles,
  describedBy,
}: {
  id: string;
  name?: string;
  multiple?: boolean;
  accept?: string;
  onFiles?: (files: File[]) => void;
  describedBy?: string;
}) {
  const t = useTranslations("ui.filePicker");
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={describedBy}
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          setNames(files.map((f) => f.name));
          onFiles?.(files);
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        aria-controls={id}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
      >
        {t("choose")}
      </button>
      <span className="min-w-0 break-all text-slate-600" aria-live="polite" data-testid={`${id}-chosen`}>
        {names.length === 0
          ? t("none")
          : names.length === 1
            ? names[0]
            : t("many", { count: names.length, names: names.join("、") })}
      </span>
    </div>
  );
}
