import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { loginAttempts, users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { changePasswordAction } from "@/lib/actions/account";
import { createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { changeOwnPassword, hashPassword, verifyCredentials } from "./accounts";

const PASSWORD = "test-password-1";

async function newUser() {
  const user = await createTestUser("liaison", "市科技局");
  return { user, actor: { id: user.id, displayName: user.displayName } };
}

describe("choosing a password", () => {
  beforeAll(setupTestDatabase);

  it.each([
    ["12345678", /至少 10 位/],
    ["abcdefghij", /至少三类/],
    ["abcdefgh12", /至少三类/],
    ["Password123", /常见密码/],
    ["Qwerty12345", /常见密码/],
  ])("refuses %s with a message saying why", async (weak, message) => {
    const { user } = await newUser();
    await actAs(user.username);
    const result = await changePasswordAction({ currentPassword: PASSWORD, newPassword: weak, confirmPassword: weak });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.newPassword?.join()).toMatch(message);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toBe(user.passwordHash);
  });

  it("refuses a password containing the username", async () => {
    const { user, actor } = await newUser();
    await expect(
      changeOwnPassword({ actor, currentPassword: PASSWORD, newPassword: `X1!${user.username}` }),
    ).rejects.toThrow(/不能包含用户名/);
  });

  it("refuses any of the last five passwords, and accepts the sixth one back", async () => {
    const { actor } = await newUser();
    const chosen = ["Alpha-pass-01", "Bravo-pass-02", "Charlie-pass-03", "Delta-pass-04", "Echo-pass-05"];
    let current = PASSWORD;
    for (const next of chosen) {
      await changeOwnPassword({ actor, currentPassword: current, newPassword: next });
      current = next;
    }
    for (const old of chosen.slice(1, 4)) {
      await expect(changeOwnPassword({ actor, currentPassword: current, newPassword: old })).rejects.toThrow(
        /最近 5 次/,
      );
    }
    // test-password-1 and Alpha-pass-01 are now six and five changes back.
    await changeOwnPassword({ actor, currentPassword: current, newPassword: "Foxtrot-pass-06" });
    await changeOwnPassword({ actor, currentPassword: "Foxtrot-pass-06", newPassword: "Alpha-pass-01" });
  });

  it("throttles wrong current passwords like sign-in, sharing the account's count", async () => {
    const { user, actor } = await newUser();
    const earlier = new Date(Date.now() - 5 * 60_000);
    await db
      .insert(loginAttempts)
      .values(Array.from({ length: 4 }, () => ({ username: user.username, success: false, createdAt: earlier })));
    await expect(changeOwnPassword({ actor, currentPassword: "guess", newPassword: "Golf-pass-007" })).rejects.toThrow(
      /当前密码不正确/,
    );
    await expect(changeOwnPassword({ actor, currentPassword: PASSWORD, newPassword: "Golf-pass-007" })).rejects.toThrow(
      /登录失败次数过多/,
    );
    await expect(verifyCredentials({ username: user.username, password: PASSWORD })).rejects.toThrow(
      /登录失败次数过多/,
    );
  });

  it("still signs in with an existing password that the new rules would refuse (demo accounts)", async () => {
    const { user } = await newUser();
    await db
      .update(users)
      .set({ passwordHash: await hashPassword("demo12345") })
      .where(eq(users.id, user.id));
    expect(await verifyCredentials({ username: user.username, password: "demo12345" })).toMatchObject({ id: user.id });
  });
});
