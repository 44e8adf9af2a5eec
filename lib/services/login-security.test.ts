import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, notifications, users } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { unlockUserAction } from "@/lib/actions/admin";
import { createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { verifyCredentials } from "./accounts";

const PASSWORD = "test-password-1";
const T0 = Date.now();
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe("sign-in throttling that one office cannot trip for everyone", () => {
  beforeAll(setupTestDatabase);

  it("five colleagues' typos behind one office address do not lock out the next colleague", async () => {
    const office = uniqueName("203.0.113");
    for (let i = 0; i < 5; i++) {
      const colleague = await createTestUser("liaison", "市科技局");
      expect(
        await verifyCredentials({ username: colleague.username, password: "typo", ip: office, now: at(i) }),
      ).toBeNull();
    }
    const next = await createTestUser("liaison", "市科技局");
    expect(
      await verifyCredentials({ username: next.username, password: PASSWORD, ip: office, now: at(6) }),
    ).toMatchObject({ id: next.id });
  });

  it("makes each further wrong password wait longer before the account may try again", async () => {
    const user = await createTestUser("leader");
    await verifyCredentials({ username: user.username, password: "wrong", now: at(0) });
    await verifyCredentials({ username: user.username, password: "wrong", now: at(0.1) });
    // After two failures: 1 s, even with the right password.
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, now: at(0.5) })).rejects.toThrow(
      /请 1 秒后再试/,
    );
    await verifyCredentials({ username: user.username, password: "wrong", now: at(1.2) });
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, now: at(2.5) })).rejects.toThrow(
      /请 1 秒后再试/,
    );
    await verifyCredentials({ username: user.username, password: "wrong", now: at(3.3) });
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, now: at(5) })).rejects.toThrow(
      /请 3 秒后再试/,
    );
    expect(await verifyCredentials({ username: user.username, password: PASSWORD, now: at(7.4) })).toMatchObject({
      id: user.id,
    });
  });

  it("tells the account's owner once when the account gets locked", async () => {
    const user = await createTestUser("liaison", "市商务局");
    for (let i = 0; i < 6; i++)
      await verifyCredentials({ username: user.username, password: "guess", now: at(i * 60) }).catch(() => null);
    const notes = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "account.locked", title: expect.stringContaining("锁定") });
  });

  it("an admin unlocks a locked account at once, and the audit trail says who did", async () => {
    const user = await createTestUser("supervisor");
    for (let i = 0; i < 5; i++)
      await verifyCredentials({
        username: user.username,
        password: "guess",
        now: new Date(Date.now() - 60_000 + i * 10_000),
      });
    await expect(verifyCredentials({ username: user.username, password: PASSWORD })).rejects.toThrow(
      /登录失败次数过多/,
    );
    const admin = await actAs("admin");
    const result = await unlockUserAction({ id: user.id });
    expect(result.ok).toBe(true);
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toMatchObject({ id: user.id });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.unlock"), eq(auditEvents.entityId, String(user.id))))
      .orderBy(desc(auditEvents.id));
    expect(audit).toMatchObject({ actorId: admin!.id });
  });

  it("refuses a temporary password 72 hours after it was set", async () => {
    const user = await createTestUser("liaison", "市科技局");
    await actAs("admin");
    const { resetUserPasswordAction } = await import("@/lib/actions/admin");
    const reset = await resetUserPasswordAction({ id: user.id, version: user.version });
    if (!reset.ok) throw new Error(reset.error);
    const password = reset.data.temporaryPassword;
    expect(
      await verifyCredentials({ username: user.username, password, now: new Date(Date.now() + 71 * 3600_000) }),
    ).toMatchObject({
      mustChangePassword: true,
    });
    await expect(
      verifyCredentials({ username: user.username, password, now: new Date(Date.now() + 73 * 3600_000) }),
    ).rejects.toThrow(/临时密码已超过 72 小时失效/);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.mustChangePassword).toBe(true);
  });
});
