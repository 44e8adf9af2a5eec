import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { logError, logRequest } from "@/lib/log";
import type { SessionUser } from "@/lib/services/accounts";
import type { ActionResult } from "./result";

export type { ActionResult } from "./result";

/** Zod issues as field → messages, for react-hook-form's setError. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Maps any thrown value to a result the user may see; database messages never leak. */
export function toErrorResult(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return { ok: false, error: "输入有误,请检查标出的字段", code: "validation", fieldErrors: fieldErrorsOf(error) };
  }
  logError(error);
  return { ok: false, error: "系统出错了,请稍后重试", code: "internal" };
}

/**
 * The one wrapper for server actions: session → zod → coarse `can()` → handler.
 * Handlers call services, which apply resource scope with `authorize()` inside their transaction.
 */
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
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "登录已过期,请重新登录", code: "unauthenticated" };
      seen(user.id);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: "输入有误,请检查标出的字段",
          code: "validation",
          fieldErrors: fieldErrorsOf(parsed.error),
        };
      }
      // A temporary password (new account, reset) must be changed before anything else is done.
      if (permission && (user.mustChangePassword || user.mustEnrolSecondFactor)) {
        return { ok: false, error: user.mustChangePassword ? "请先修改临时密码,再继续操作" : "请先启用两步验证,再继续操作", code: "forbidden" };
      }
      if (permission && !can(user, permission)) return { ok: false, error: "无权执行此操作", code: "forbidden" };
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return toErrorResult(error);
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
