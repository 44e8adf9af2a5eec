import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { setupTestDatabase } from "@/db/test-utils";
import { AppError } from "@/lib/errors";
import { actAs } from "@/lib/test/session";
import { authorizedAction } from "./safe-action";

const echo = authorizedAction(
  "plan.import",
  z.object({ title: z.string().min(1, "请填写标题") }),
  async (input, user) => ({
    title: input.title,
    by: user.username,
  }),
);

describe("authorizedAction", () => {
  beforeAll(setupTestDatabase);

  it("refuses without a session", async () => {
    await actAs(null);
    expect(await echo({ title: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("returns field errors in Chinese for bad input", async () => {
    await actAs("secretariat");
    const result = await echo({ title: "" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { title: ["请填写标题"] } });
  });

  it("refuses a role without the permission", async () => {
    await actAs("kjj");
    expect(await echo({ title: "x" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("runs the handler for an allowed role", async () => {
    await actAs("secretariat");
    expect(await echo({ title: "x" })).toEqual({ ok: true, data: { title: "x", by: "secretariat" } });
  });

  it("passes AppError messages through and hides unexpected errors", async () => {
    await actAs("admin");
    const fails = authorizedAction(null, z.object({}), async () => {
      throw new AppError("conflict", "已被他人修改");
    });
    expect(await fails({})).toMatchObject({ ok: false, code: "conflict", error: "已被他人修改" });
    const crashes = authorizedAction(null, z.object({}), async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    const result = await crashes({});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("secret_table");
  });
});

describe("a temporary password", () => {
  beforeAll(setupTestDatabase);

  it("must be changed before any permissioned action runs", async () => {
    const { createTestUser } = await import("@/lib/test/factories");
    const { db } = await import("@/db");
    const { users } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const user = await createTestUser("secretariat", "市发展改革委");
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
    await actAs(user.username);
    expect(await echo({ title: "x" })).toMatchObject({
      ok: false,
      code: "forbidden",
      error: "请先修改临时密码,再继续操作",
    });
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id));
    await actAs(user.username);
    expect(await echo({ title: "x" })).toMatchObject({ ok: true });
  });
});
