import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { dataVersion, departments, users, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getBoard } from "./board";
import { cacheKey, readDataVersion, versioned } from "./data-version";
import { boardFiltersSchema } from "@/lib/validations/board";

describe("the data version and the answers cached on it", () => {
  beforeAll(setupTestDatabase);

  it("moves forward when a transaction that changed plan data commits, and only then", async () => {
    const start = await readDataVersion();
    await db.update(departments).set({ name: "市科技局" }).where(eq(departments.name, "市科技局"));
    const afterUpdate = await readDataVersion();
    expect(afterUpdate).toBeGreaterThan(start);

    // An update that matches no row, a sign-in's stamp on the user, a read: no change of plan data.
    await db.update(workItems).set({ title: "无" }).where(eq(workItems.id, -1));
    await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.username, "kjj"));
    await db.select().from(workItems).limit(1);
    expect(await readDataVersion()).toBe(afterUpdate);

    // Inside the transaction the version has not moved; a rollback leaves it where it was.
    await expect(
      db.transaction(async (tx) => {
        await tx.update(departments).set({ name: "市科技局" }).where(eq(departments.name, "市科技局"));
        const [inside] = await tx.select({ v: dataVersion.version }).from(dataVersion);
        expect(Number(inside!.v)).toBe(afterUpdate);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await readDataVersion()).toBe(afterUpdate);

    // Many statements, one commit: one step.
    await db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++)
        await tx.update(departments).set({ name: "市科技局" }).where(eq(departments.name, "市科技局"));
    });
    const afterMany = await readDataVersion();
    expect(afterMany).toBeGreaterThan(afterUpdate);
    // Emptying a table counts too (tests and restores do it).
    await db.execute(sql`truncate table score_rule_sets`);
    expect(await readDataVersion()).toBeGreaterThan(afterMany);
  });

  it("reuses an answer until the data changes, and shares one computation between callers at once", async () => {
    let computed = 0;
    const compute = async () => {
      computed++;
      return { n: computed };
    };
    const key = cacheKey("test", { a: 1, b: [2] });
    const [first, second] = await Promise.all([versioned(key, compute), versioned(key, compute)]);
    expect(first).toBe(second);
    expect(await versioned(key, compute)).toEqual({ n: 1 });
    expect(computed).toBe(1);
    await db.update(departments).set({ name: "市商务局" }).where(eq(departments.name, "市商务局"));
    expect(await versioned(key, compute)).toEqual({ n: 2 });
    // A failed computation is not kept.
    await expect(versioned("failing", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await versioned("failing", async () => "ok")).toBe("ok");
  });

  it("the board shows an item dispatched after it was last read, and the new title of a renamed one", async () => {
    const supervisor = (await actAs("supervisor"))!;
    const filters = boardFiltersSchema.parse({});
    const before = await getBoard({ actor: supervisor, filters });
    const { items } = await createTestPlan({
      items: [{ title: "看板缓存-新任务", lead: ["市科技局"], status: "dispatched", dueOn: "2020-01-10" }],
    });
    const after = await getBoard({ actor: supervisor, filters });
    expect(after.total).toBe(before.total + 1);
    expect(after.rows.map((r) => r.title)).toContain("看板缓存-新任务");
    await db.update(workItems).set({ title: "看板缓存-改名" }).where(eq(workItems.id, items[0]!.id));
    const renamed = await getBoard({ actor: supervisor, filters });
    expect(renamed.rows.map((r) => r.title)).toContain("看板缓存-改名");
  });
});
