import { and, count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { auditEvents, departments, plans, users } from "@/db/schema";
import { DEMO_PASSWORD, seedDatabase } from "@/db/seed";
import { verifyCredentials } from "./accounts";
import { activeDemoPasswordAccounts, createAdministrator, removeDemoAccounts } from "./deployment";

async function tableCounts() {
  const [u] = await db.select({ n: count() }).from(users);
  const [d] = await db.select({ n: count() }).from(departments);
  const [p] = await db.select({ n: count() }).from(plans);
  return { users: u!.n, departments: d!.n, plans: p!.n };
}

// One database, used in order: production first (empty), then the demo seed on top of it.
describe("production mode, first administrator and demo removal", () => {
  it("a production database gets no demo accounts, departments or plan", async () => {
    await migrateDatabase();
    await seedDatabase({ demo: false });
    expect(await tableCounts()).toEqual({ users: 0, departments: 0, plans: 0 });
  });

  it("admin:create makes an administrator with a generated password, shown once, to change at first sign-in", async () => {
    const created = await createAdministrator({ username: "admin" });
    expect(created.generatedPassword).toMatch(/^\S{12}$/);
    expect(await verifyCredentials({ username: "admin", password: created.generatedPassword! })).toMatchObject({
      role: "admin",
      mustChangePassword: true,
    });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.create"), eq(auditEvents.entityId, String(created.id))));
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit!.after)).not.toContain(created.generatedPassword!);
  });

  it("admin:create takes a given password, refuses the demo one and a taken username, changing nothing", async () => {
    const created = await createAdministrator({ username: "ops-admin", password: "a-long-secret-42" });
    expect(created.generatedPassword).toBeNull();
    expect(await verifyCredentials({ username: "ops-admin", password: "a-long-secret-42" })).toMatchObject({
      mustChangePassword: true,
    });
    const before = await tableCounts();
    await expect(createAdministrator({ username: "other", password: DEMO_PASSWORD })).rejects.toThrow("演示密码");
    await expect(createAdministrator({ username: "ops-admin" })).rejects.toThrow("已被使用");
    await expect(createAdministrator({ username: "a b" })).rejects.toThrow("用户名");
    expect(await tableCounts()).toEqual(before);
  });

  it("the production start check names every active account that still has the demo password", async () => {
    expect(await activeDemoPasswordAccounts()).toEqual([]);
    await seedDatabase({ demo: true });
    // `admin` was taken by the real administrator above, so the seed created the seven others.
    expect(await activeDemoPasswordAccounts()).toEqual([
      "auditor",
      "furong",
      "kjj",
      "leader",
      "secretariat",
      "supervisor",
      "swj",
    ]);
  });

  it("demo:remove deactivates the seeded accounts (audited) and leaves a real administrator named admin alone", async () => {
    expect(await removeDemoAccounts()).toEqual([
      "auditor",
      "furong",
      "kjj",
      "leader",
      "secretariat",
      "supervisor",
      "swj",
    ]);
    expect(await activeDemoPasswordAccounts()).toEqual([]);
    expect(await verifyCredentials({ username: "kjj", password: DEMO_PASSWORD })).toBeNull();
    const [admin] = await db.select().from(users).where(eq(users.username, "admin"));
    expect(admin!.isActive).toBe(true);
    const deactivations = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.deactivate"), inArray(auditEvents.entityType, ["user"])));
    expect(deactivations[0]!.n).toBe(7);
    expect(await removeDemoAccounts()).toEqual([]);
  });
});
