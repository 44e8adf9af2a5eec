import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { createTestUser } from "@/lib/test/factories";
import { changeOwnPassword, recordSignOut, verifyCredentials } from "./accounts";
import { MAX_ADDRESS_FAILURES, THROTTLE_WINDOW_MS } from "./login-throttle";

const PASSWORD = "test-password-1";

/** A moment `seconds` after the test file started, for attempts spread out in time. */
const T0 = Date.now();
function at(seconds: number): Date {
  return new Date(T0 + seconds * 1000);
}

async function lastAudit(action: string) {
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row;
}

describe("sign-in", () => {
  beforeAll(setupTestDatabase);

  it("stores passwords only as bcrypt hashes", async () => {
    const user = await createTestUser("liaison", "市科技局");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).not.toContain(PASSWORD);
    expect(row!.passwordHash).toMatch(/^\$2[aby]\$\d\d\$/);
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toMatchObject({ id: user.id });
  });

  it("refuses the sixth attempt within 15 minutes even with the right password, saying when to retry", async () => {
    const user = await createTestUser("liaison", "市科技局");
    for (let i = 0; i < 5; i++) {
      expect(
        await verifyCredentials({
          username: user.username,
          password: "wrong-password",
          ip: uniqueName("ip"),
          now: at(i * 10),
        }),
      ).toBeNull();
    }
    await expect(
      verifyCredentials({ username: user.username, password: PASSWORD, ip: uniqueName("ip"), now: at(50) }),
    ).rejects.toThrow(/登录失败次数过多,请于 \d\d:\d\d\(约 1[45] 分钟后\)再试/);
    const throttled = await lastAudit("auth.signInThrottled");
    expect(throttled?.after).toMatchObject({ username: user.username });
  });

  it("throttles an unknown username exactly like a real one", async () => {
    const ghost = uniqueName("ghost");
    for (let i = 0; i < 5; i++)
      expect(await verifyCredentials({ username: ghost, password: "x", now: at(i * 10) })).toBeNull();
    await expect(verifyCredentials({ username: ghost, password: "x", now: at(50) })).rejects.toThrow(
      /登录失败次数过多/,
    );
  });

  it("throttles a source address that fails across many accounts", async () => {
    const ip = uniqueName("10.0.0");
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++)
      await verifyCredentials({ username: uniqueName("spray"), password: "x", ip });
    const user = await createTestUser("leader");
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, ip })).rejects.toThrow(
      /登录失败次数过多/,
    );
    expect(
      await verifyCredentials({ username: user.username, password: PASSWORD, ip: uniqueName("10.0.1") }),
    ).toMatchObject({ id: user.id });
  });

  it("lets the account in again once the failures are older than 15 minutes, and a success resets the count", async () => {
    const user = await createTestUser("supervisor");
    const old = new Date(Date.now() - THROTTLE_WINDOW_MS - 60_000);
    await db
      .insert(loginAttempts)
      .values(Array.from({ length: 5 }, () => ({ username: user.username, success: false, createdAt: old })));
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toMatchObject({ id: user.id });
    for (let i = 0; i < 4; i++)
      await verifyCredentials({ username: user.username, password: "wrong", now: at(i * 10) });
    expect(await verifyCredentials({ username: user.username, password: PASSWORD, now: at(40) })).toMatchObject({
      id: user.id,
    });
    const attempts = await db.select().from(loginAttempts).where(eq(loginAttempts.username, user.username));
    expect(attempts.filter((a) => a.success)).toHaveLength(2);
  });

  it("records success and failure in the audit trail without the password", async () => {
    const user = await createTestUser("leader");
    await verifyCredentials({ username: user.username, password: "wrong-one", ip: "192.0.2.9" });
    const failed = await lastAudit("auth.signInFailed");
    expect(failed).toMatchObject({ actorId: user.id, ip: "192.0.2.9" });
    expect(JSON.stringify(failed)).not.toContain("wrong-one");
    await verifyCredentials({ username: user.username, password: PASSWORD });
    expect(await lastAudit("auth.signIn")).toMatchObject({ actorId: user.id, entityId: String(user.id) });
  });

  it("records a sign-out against the account", async () => {
    const user = await createTestUser("leader");
    await recordSignOut({ userId: user.id, displayName: user.displayName });
    expect(await lastAudit("auth.signOut")).toMatchObject({
      actorId: user.id,
      actorName: user.displayName,
      entityId: String(user.id),
    });
  });

  it("refuses a deactivated account with the same message as a wrong password", async () => {
    const user = await createTestUser("leader");
    await db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toBeNull();
  });
});

describe("changing one's own password", () => {
  beforeAll(setupTestDatabase);

  it("needs the current password, refuses the username, and then works with the new one only", async () => {
    const user = await createTestUser("liaison", "市商务局");
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
    const actor = { id: user.id, displayName: user.displayName };
    await expect(
      changeOwnPassword({ actor, currentPassword: "not-it", newPassword: "Brand-new-pass1" }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["当前密码不正确"] },
    });
    await expect(
      changeOwnPassword({ actor, currentPassword: PASSWORD, newPassword: user.username }),
    ).rejects.toMatchObject({
      fieldErrors: { newPassword: ["新密码不能与用户名相同"] },
    });
    await changeOwnPassword({ actor, currentPassword: PASSWORD, newPassword: "Brand-new-pass1" });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.mustChangePassword).toBe(false);
    expect(row!.sessionEpoch).toBe(user.sessionEpoch + 1);
    // Spread out, as a person would type them: the growing delay is not under test here.
    expect(
      await verifyCredentials({ username: user.username, password: PASSWORD, now: new Date(Date.now() + 5_000) }),
    ).toBeNull();
    expect(
      await verifyCredentials({
        username: user.username,
        password: "Brand-new-pass1",
        now: new Date(Date.now() + 10_000),
      }),
    ).toMatchObject({ id: user.id });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.changePassword"), eq(auditEvents.entityId, String(user.id))));
    expect(JSON.stringify(audit)).not.toMatch(/Brand-new-pass1|passwordHash/);
  });
});
