import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message-ref";
import { renderFieldErrors, renderMessage, requestLocale } from "@/lib/i18n/server-messages";
import { logError, logRequest } from "@/lib/log";
import type { SessionUser } from "@/lib/services/accounts";
import type { ActionResult } from "./result";

export type { ActionResult } from "./result";

/** Zod issues as field → messages (rendered in `locale`), for react-hook-form's setError. */
export function fieldErrorsOf(error: z.ZodError, locale?: Locale): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return renderFieldErrors(out, locale)!;
}

/** A refusal the user reads, in their language. */
function refusal(
  code: string,
  key: string,
  locale: Locale,
  fieldErrors?: Record<string, string[]>,
): Extract<ActionResult<never>, { ok: false }> {
  return { ok: false, error: renderMessage(msg(key), locale), code, ...(fieldErrors && { fieldErrors }) };
}

/** Maps any thrown value to a result the user may see, in their language; database messages never leak. */
export function toErrorResult(error: unknown, locale?: Locale): ActionResult<never> {
  if (error instanceof AppError) {
    const { message, fieldErrors } = error.localized(locale ?? "zh-CN");
    return { ok: false, error: message, code: error.code, fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return refusal("validation", "errors.common.invalidInput", locale ?? "zh-CN", fieldErrorsOf(error, locale));
  }
  logError(error);
  return refusal("internal", "errors.common.internal", locale ?? "zh-CN");
}

/**
 * A schema that reads a form's FormData before checking it: `z.preprocess(read, inner)`, as
 * `withEvidenceFiles` builds. Its own input type is `unknown`; what it accepts is a FormData or the
 * plain values of the schema behind the preprocessing.
 */
type FormDataSchema<Inner extends z.ZodType = z.ZodType> = z.ZodPreprocess<Inner, unknown>;

/**
 * What an action takes: its schema's input, or for a FormData schema a FormData or the inner schema's
 * values (so a form posts its FormData without a cast, and a plain-object call is still type-checked).
 */
export type ActionInput<S extends z.ZodType> =
  S extends FormDataSchema<infer Inner> ? FormData | z.input<Inner> : z.input<S>;

/**
 * The one wrapper for server actions: session → zod → coarse `can()` → handler.
 * Handlers call services, which apply resource scope with `authorize()` inside their transaction.
 * Types only differ for a FormData schema (see `ActionInput`); validation is the schema's either way.
 */
export function authorizedAction<S extends FormDataSchema, R>(
  permission: Permission | null,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (input: ActionInput<S>) => Promise<ActionResult<R>>;
export function authorizedAction<S extends z.ZodType, R>(
  permission: Permission | null,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>>;
export function authorizedAction<S extends z.ZodType, R>(
  permission: Permission | null,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) => {
    const startedAt = performance.now();
    let userId: number | null = null;
    const result = await run(raw, (id) => (userId = id));
    logRequest({
      requestId: await requestId(),
      userId,
      action: permission ?? "session",
      outcome: result.ok ? "ok" : (result.code ?? "error"),
      startedAt,
    });
    return result;
  };

  async function run(raw: z.input<S>, seen: (userId: number) => void): Promise<ActionResult<R>> {
    const locale = await requestLocale();
    try {
      const user = await getCurrentUser();
      if (!user) return refusal("unauthenticated", "errors.common.sessionExpired", locale);
      seen(user.id);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return refusal("validation", "errors.common.invalidInput", locale, fieldErrorsOf(parsed.error, locale));
      }
      // A temporary password (new account, reset) must be changed before anything else is done.
      if (permission && (user.mustChangePassword || user.mustEnrolSecondFactor)) {
        return refusal(
          "forbidden",
          user.mustChangePassword ? "errors.common.changePasswordFirst" : "errors.common.enrolSecondFactorFirst",
          locale,
        );
      }
      if (permission && !can(user, permission)) return refusal("forbidden", "errors.common.forbidden", locale);
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return toErrorResult(error, locale);
    }
  }
}

/** The proxy's or the reverse proxy's request id, when there is a request to read it from. */
async function requestId(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("x-request-id");
  } catch {
    return null;
  }
}
