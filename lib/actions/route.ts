import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { renderMessage, requestLocale } from "@/lib/i18n/server-messages";
import { logError, logRequest } from "@/lib/log";
import type { SessionUser } from "@/lib/services/accounts";
import { fieldErrorsOf } from "./safe-action";

/**
 * The one wrapper for route handlers: 401 without a session, 400 on bad input,
 * 403 when `can()` refuses; AppErrors map to their status; nothing else leaks.
 */
export function authorizedRoute<S extends z.ZodType>(
  permission: Permission | null,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser, request: Request) => Promise<Response>,
  readInput: (request: Request, params: Record<string, string>) => Promise<unknown> | unknown = (request) =>
    Object.fromEntries(new URL(request.url).searchParams),
) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const startedAt = performance.now();
    let userId: number | null = null;
    const response = await run(request, context, (id) => (userId = id));
    logRequest({
      requestId: request.headers.get("x-request-id"),
      userId,
      action: `${request.method} ${new URL(request.url).pathname}`,
      outcome: response.status < 400 ? "ok" : String(response.status),
      startedAt,
    });
    return response;
  };

  async function run(
    request: Request,
    context: { params: Promise<Record<string, string>> },
    seen: (userId: number) => void,
  ): Promise<Response> {
    const locale = await requestLocale();
    const refuse = (status: number, key: string, extra: object = {}) =>
      NextResponse.json({ error: renderMessage(msg(key), locale), ...extra }, { status });
    try {
      const user = await getCurrentUser();
      if (!user) return refuse(401, "errors.route.unauthenticated");
      seen(user.id);
      if (permission && (user.mustChangePassword || user.mustEnrolSecondFactor)) {
        return refuse(
          403,
          user.mustChangePassword ? "errors.route.changePasswordFirst" : "errors.route.enrolSecondFactorFirst",
        );
      }
      if (permission && !can(user, permission)) return refuse(403, "errors.route.forbidden");
      const params = context?.params ? await context.params : {};
      const parsed = schema.safeParse(await readInput(request, params));
      if (!parsed.success)
        return refuse(400, "errors.route.invalidInput", { fieldErrors: fieldErrorsOf(parsed.error, locale) });
      return await handler(parsed.data, user, request);
    } catch (error) {
      if (error instanceof AppError) {
        return NextResponse.json(
          { error: error.localized(locale).message, code: error.code },
          { status: HTTP_STATUS[error.code] },
        );
      }
      logError(error);
      return refuse(500, "errors.route.internal");
    }
  }
}
