import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, loginAttempts, secondFactors } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { resetSecondFactorAction } from "@/lib/actions/admin";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals";
import { createTestUser } from "@/lib/test/factories";
import { enrolSecondFactor, totpCode } from "@/lib/test/second-factor";
import { actAs } from "@/lib/test/session";
import { getSessionUserById, verifyCredentials } from "./accounts";

// Read lazily by lib/env: this file runs as a deployment that requires a factor for the secretariat.
process.env.MFA_REQUIRED_ROLES = "admin,secretariat";

const PASSWORD = "test-password-1";
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("second factor (TOTP) at sign-in", () => {
  beforeAll(setupTestDatabase);

  it("keeps the secret only encrypted", async () => {
    const user = await createTestUser("leader");
    const { secret } = await enrolSecondFactor(user);
    const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, user.id));
    expect(row!.secret).not.toContain(secret);
    expect(row!.secret).toMatch(/^v1\./);
  });

  it("asks for the code after a right password, refuses and counts a wrong one, accepts the right one once", async () => {
    const user = await createTestUser("secretariat", "市发展改革委");
    const { secret } = await enrolSecondFactor(user);
    await expect(verifyCredentials({ username: user.username, password: PASSWORD })).rejects.toThrow(
      SECOND_FACTOR_REQUIRED,
    );
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, code: "000000" })).rejects.toThrow(
      "验证码不正确",
    );
    const failures = await db
      .select()
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, user.username), eq(loginAttempts.success, false)));
    expect(failures).toHaveLength(1);
    const code = await totpCode(secret, later(30));
    expect(await verifyCredentials({ username: user.username, password: PASSWORD, code, now: later(2) })).toMatchObject(
      { id: user.id },
    );
    await expect(
      verifyCredentials({ username: user.username, password: PASSWORD, code, now: later(4) }),
    ).rejects.toThrow("验证码不正确");
  });

  it("takes each recovery code once", async () => {
    const user = await createTestUser("secretariat", "市发展改革委");
    const { recoveryCodes } = await enrolSecondFactor(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const code = recoveryCodes[3]!.toUpperCase();
    expect(await verifyCredentials({ username: user.username, password: PASSWORD, code })).toMatchObject({
      id: user.id,
    });
    await expect(verifyCredentials({ username: user.username, password: PASSWORD, code })).rejects.toThrow(
      "验证码不正确",
    );
  });

  it("sends a required role without a factor to enrol first; an admin reset (audited) sends them back", async () => {
    const user = await createTestUser("secretariat", "市发展改革委");
    expect(await getSessionUserById(user.id)).toMatchObject({ mustEnrolSecondFactor: true });
    await enrolSecondFactor(user);
    expect(await getSessionUserById(user.id)).toMatchObject({ mustEnrolSecondFactor: false });
    // The admin's own role requires a factor too: without one, admin actions are refused.
    const unenrolled = await actAs("admin");
    expect((await resetSecondFactorAction({ id: user.id, version: user.version })).ok).toBe(false);
    await enrolSecondFactor({ ...unenrolled!, displayName: unenrolled!.displayName });
    const admin = await actAs("admin");
    const result = await resetSecondFactorAction({ id: user.id, version: user.version });
    expect(result.ok).toBe(true);
    expect(await getSessionUserById(user.id)).toMatchObject({ mustEnrolSecondFactor: true });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.secondFactorReset"), eq(auditEvents.entityId, String(user.id))))
      .orderBy(desc(auditEvents.id));
    expect(audit).toMatchObject({ actorId: admin!.id });
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toMatchObject({
      mustEnrolSecondFactor: true,
    });
  });

  it("lets a leader (not required) sign in without a factor", async () => {
    const user = await createTestUser("leader");
    expect(await verifyCredentials({ username: user.username, password: PASSWORD })).toMatchObject({
      mustEnrolSecondFactor: false,
    });
  });
});
