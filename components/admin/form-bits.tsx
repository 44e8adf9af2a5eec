"use client";
import type { FieldError } from "react-hook-form";

export const INPUT_CLASS = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
export const BUTTON_CLASS = "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60";
export const SECONDARY_BUTTON_CLASS =
  "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60";

/** A labelled control with its error underneath. */
export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: FieldError;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error?.message && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600">
          {error.message}
        </p>
      )}
    </div>
  );
}

export function FormAlert({ message, tone = "error" }: { message: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  const colours =
    tone === "error" ? "border-red-200 bg-red-50 text-red-700" : "border-green-200 bg-green-50 text-green-800";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded border px-3 py-2 text-sm ${colours}`}>
      {message}
    </p>
  );
}
