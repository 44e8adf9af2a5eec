import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message-ref";
import { renderFieldErrors, renderMessage } from "@/lib/i18n/server-messages";

export type AppErrorCode =
  "unauthenticated" | "forbidden" | "not_found" | "validation" | "conflict" | "throttled" | "invalid_state";

/**
 * An expected failure the user may be told about. `message` and the field errors are message refs
 * (`msg(key, values)`, see lib/i18n/message-ref.ts), kept as data and rendered in the reader's
 * language at the edge (`localized`); `Error.message` carries the default language's text for logs,
 * scripts and tests.
 */
export class AppError extends Error {
  /** The message as data: an encoded ref, rendered per reader. */
  readonly ref: string;
  readonly fieldRefs?: Record<string, string[]>;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    fieldErrors?: Record<string, string[]>,
  ) {
    super(renderMessage(message));
    this.name = "AppError";
    this.ref = message;
    this.fieldRefs = fieldErrors;
  }

  /** Field errors in the default language. */
  get fieldErrors(): Record<string, string[]> | undefined {
    return renderFieldErrors(this.fieldRefs);
  }

  /** The message and field errors in the reader's language. */
  localized(locale: Locale): { message: string; fieldErrors?: Record<string, string[]> } {
    return { message: renderMessage(this.ref, locale), fieldErrors: renderFieldErrors(this.fieldRefs, locale) };
  }
}

/** A validation failure on one field: the same message in the alert and beside the field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("validation", message, { [field]: [message] });
}

export const forbidden = (message = msg("errors.common.forbidden")) => new AppError("forbidden", message);
export const notFound = (message = msg("errors.common.notFound")) => new AppError("not_found", message);
export const conflict = (message = msg("errors.common.conflict")) => new AppError("conflict", message);
export const invalidState = (message: string) => new AppError("invalid_state", message);

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 400,
  conflict: 409,
  throttled: 429,
  invalid_state: 409,
};
