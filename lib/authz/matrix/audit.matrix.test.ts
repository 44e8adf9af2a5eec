import { vi } from "vitest";
import { GET as exportAudit } from "@/app/api/export/audit/route";
import type { ActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import { checkAuditChain } from "@/lib/services/audit-chain";
import { listAuditEvents } from "@/lib/services/audit-log";
import { createTestPlan } from "@/lib/test/factories";
import { describeMatrix } from "./harness";

/** A service read as a matrix outcome: ok, or refused when it throws the 403 AppError. */
async function asResult(read: () => Promise<unknown>): Promise<ActionResult<unknown>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code };
    throw error;
  }
}

async function asSignedIn<T>(read: (actor: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<T>) {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, error: "未登录", code: "unauthenticated" } as const;
  return asResult(() => read(actor));
}

vi.mock("next-intl/server", () => ({
  getLocale: async () => "zh-CN",
  getTranslations: async () => (key: string) => key,
}));

const prepare = () => createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });

// The audit pages: every reader of the trail (liaisons scoped to their items), the 审计员 included;
// only the 审计员 runs the chain check. Leaders read no audit trail.
describeMatrix("audit trail pages", [
  {
    action: "audit.read (list)",
    allowed: ["admin", "secretariat", "supervisor", "kjj", "swj", "furong", "auditor"],
    prepare,
    call: () => asSignedIn((actor) => listAuditEvents({ actor })),
  },
  {
    action: "audit.read (security events)",
    allowed: ["admin", "secretariat", "supervisor", "kjj", "swj", "furong", "auditor"],
    prepare,
    call: () => asSignedIn((actor) => listAuditEvents({ actor, filters: { category: "security" } })),
  },
  {
    action: "audit export (CSV)",
    allowed: ["admin", "secretariat", "supervisor", "kjj", "swj", "furong", "auditor"],
    prepare,
    call: () =>
      exportAudit(new Request("http://localhost/api/export/audit?category=security"), { params: Promise.resolve({}) }),
  },
  {
    action: "audit.verify (chain check)",
    allowed: ["auditor"],
    prepare,
    call: () => asSignedIn((actor) => checkAuditChain({ actor })),
  },
]);
