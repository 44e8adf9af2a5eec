"use client";
import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { describedBy, errorText, type FieldErrorLike } from "./field";

/**
 * A labelled file input that speaks the page's language (the browser's own button follows the
 * browser's): a button, then what is chosen. The native input stays the labelled control, so
 * `getByLabel(…).setInputFiles` and screen readers reach it; the form keeps the files in its state.
 */
export function FileField({
  id,
  label,
  hint,
  error,
  files,
  onFiles,
  multiple,
  accept,
  disabled,
  summary,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Said at once (role="alert"): a file is refused when it is chosen, not when the form is sent. */
  error?: FieldErrorLike;
  files: File[];
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  accept?: string;
  disabled?: boolean;
  /** What is chosen, when the default (the name, or the count and names) does not fit. */
  summary?: string;
  /** Shown under the picker, such as the list of chosen files. */
  children?: ReactNode;
}) {
  const t = useTranslations("ui.filePicker");
  const input = useRef<HTMLInputElement>(null);
  const chosen =
    summary ??
    (files.length === 0
      ? t("none")
      : files.length === 1
        ? files[0]!.name
        : t("many", { count: files.length, names: files.map((f) => f.name).join("、") }));
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          type="file"
          multiple={multiple}
          accept={accept}
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy({ id, hint })}
          onChange={(e) => onFiles(Array.from(e.target.files ?? []))}
          className="sr-only"
        />
        <button
          type="button"
          disabled={disabled}
          onClick={() => input.current?.click()}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
        >
          {t("choose")}
        </button>
        <span className="min-w-0 break-all text-sm text-slate-600">{chosen}</span>
      </div>
      {children}
      {errorText(error) && (
        <p role="alert" className="mt-1 text-sm text-red-600">
          {errorText(error)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}
