import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportBoard } from "@/app/api/export/board/route";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { createUserAction, updateUserAction } from "@/lib/actions/admin";
import { createTestPlan, createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { verifyCredentials } from "./accounts";
import { listAuditEvents } from "./audit-log";

vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

beforeAll(setupTestDatabase);

describe("审计员: the security auditor", () => {
  it("sees every admin action, sign-in and export among the security events, whoever's department", async () => {
    await actAs("admin");
    const username = uniqueName("audited");
    const created = await createUserAction({ username, displayName: "被审计账号", role: "leader", departmentId: "" });
    if (!created.ok) throw new Error(created.error);
    const target = await createTestUser("liaison", "市科技局");
    const promoted = await updateUserAction({
      id: target.id,
      version: target.version,
      displayName: target.displayName,
      role: "secretariat",
      departmentId: target.departmentId,
    });
    expect(promoted.ok).toBe(true);
    await verifyCredentials({ username, password: "wrong-password-1" });
    await actAs("leader");
    const { plan } = await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });
    expect(
      (
        await exportBoard(new Request(`http://localhost/api/export/board?planId=${plan.id}`), {
          params: Promise.resolve({}),
        })
      ).status,
    ).toBe(200);

    const auditor = (await actAs("auditor"))!;
    const security = await listAuditEvents({ actor: auditor, filters: { category: "security" } });
    const seen = security.rows.map((r) => r.event);
    expect(seen.find((e) => e.action === "user.create" && e.entityId === String(created.data.id))?.actorName).toBe(
      "系统管理员",
    );
    const roleChange = seen.find((e) => e.action === "user.update" && e.entityId === String(target.id));
    expect(roleChange?.before).toMatchObject({ role: "liaison" });
    expect(roleChange?.after).toMatchObject({ role: "secretariat" });
    expect(seen.some((e) => e.action === "auth.signInFailed" && JSON.stringify(e.after).includes(username))).toBe(true);
    const exported = seen.find((e) => e.action === "export.board" && e.actorName === "张市长");
    expect(exported?.after).toMatchObject({ filters: { planId: plan.id } });
    // Only security events under that filter; the plan's own records are in the whole trail.
    expect(seen.every((e) => /^(auth|account|user|department|settings|export|audit)\./.test(e.action))).toBe(true);
  });

  it("reads no plan data outside the trail and is refused by the pages' services", async () => {
    const auditor = (await actAs("auditor"))!;
    const { listNotices } = await import("./notice-queries");
    await expect(listNotices({ actor: auditor })).rejects.toMatchObject({ code: "forbidden" });
  });
});

/** Source files of the app (tests and migrations aside). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "migrations" || name === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !full.includes(`${path.sep}test${path.sep}`)
      ? [full]
      : [];
  });
}

describe("no code path changes or deletes audit records", () => {
  it("has no update, delete or truncate of audit_events in app, lib, db or scripts", () => {
    const offenders = ["app", "lib", "db", "scripts"]
      .flatMap((dir) => sources(path.join(process.cwd(), dir)))
      .filter((file) =>
        /\.(update|delete)\(\s*auditEvents\b|(update|delete\s+from|truncate(\s+table)?)\s+"?audit_events\b/i.test(
          readFileSync(file, "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
