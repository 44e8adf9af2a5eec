import type { ReactNode } from "react";

export type AlertTone = "error" | "success" | "info" | "warning";

/** A message a form or page shows above its content; `text` is already in the reader's language. */
export interface AlertMessage {
  tone: AlertTone;
  text: string;
}

const TONES: Record<AlertTone, string> = {
  error: "border-red-200 bg-red-50 text-red-700",
  success: "border-green-200 bg-green-50 text-green-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
};

/**
 * A boxed message. An error is `role="alert"` (read out at once); the other tones are `role="status"`,
 * announced without interrupting.
 */
export function Alert({
  tone = "error",
  className = "",
  children,
}: {
  tone?: AlertTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded border px-3 py-2 text-sm ${TONES[tone]} ${className}`.trim()}
    >
      {children}
    </p>
  );
}

/** The alert of a form: nothing when there is nothing to say. A plain string takes `tone` (an error by default). */
export function FormAlert({ message, tone = "error" }: { message: AlertMessage | string | null; tone?: AlertTone }) {
  const shown = typeof message === "string" ? { tone, text: message } : message;
  return shown?.text ? <Alert tone={shown.tone}>{shown.text}</Alert> : null;
}
