import { and, eq, gt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { addSubItemAction, deleteSubItemAction, moveSubItemAction } from "@/lib/actions/lifecycle";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import * as itemAccess from "./item-access";

// loadItem can be made to answer with what another session read just before someone else's change.
vi.mock("./item-access", async (importOriginal) => {
  const real = await importOriginal<typeof import("./item-access")>();
  return { ...real, loadItem: vi.fn(real.loadItem) };
});

beforeAll(setupTestDatabase);

async function parentWithChildren(titles: string[]) {
  const parent = (await createTestPlan()).items[0]!;
  await actAs("secretariat");
  const lead = await departmentId("市科技局");
  let version = parent.version;
  for (const title of titles) {
    const r = await addSubItemAction({ parentId: parent.id, parentVersion: version, title, leadDepartmentId: lead });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) version = r.data.parentVersion;
  }
  const children = () =>
    db.select().from(workItems).where(eq(workItems.parentId, parent.id)).orderBy(workItems.position);
  return { parent, children };
}

describe("decompose under concurrent edits", () => {
  it("gives a stale form for a sibling whose number changed a conflict instead of moving it", async () => {
    const { children } = await parentWithChildren(["甲任务", "乙任务", "丙任务"]);
    const before = await children();
    // One person moves 丙 up (乙 becomes 3.); another still has the page where 乙 was 2.
    expect((await moveSubItemAction({ id: before[2]!.id, version: before[2]!.version, direction: "up" })).ok).toBe(
      true,
    );
    expect((await children()).map((c) => `${c.code}${c.title}`)).toEqual(["1.甲任务", "2.丙任务", "3.乙任务"]);
    const stale = await moveSubItemAction({ id: before[1]!.id, version: before[1]!.version, direction: "up" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    // Deleting 甲 renumbers the others: a form still showing 丙 as 2. is stale too.
    const now = await children();
    expect((await deleteSubItemAction({ id: now[0]!.id, version: now[0]!.version })).ok).toBe(true);
    expect((await children()).map((c) => `${c.code}${c.title}`)).toEqual(["1.丙任务", "2.乙任务"]);
    expect(await moveSubItemAction({ id: now[1]!.id, version: now[1]!.version, direction: "down" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await children()).map((c) => `${c.code}${c.title}`)).toEqual(["1.丙任务", "2.乙任务"]);
  });

  it("refuses to delete or move a sub-item changed after it was read, and records nothing", async () => {
    const { children } = await parentWithChildren(["甲任务", "乙任务"]);
    const [first, second] = await children();
    const [mark] = await db.select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)` }).from(auditEvents);
    // Someone else edits 甲 and 乙 between our read and our write.
    await db
      .update(workItems)
      .set({ version: sql`${workItems.version} + 1` })
      .where(eq(workItems.parentId, first!.parentId!));
    const loadItem = vi.mocked(itemAccess.loadItem);
    loadItem.mockImplementationOnce(async () => ({ item: first!, planStatus: "published", assignments: [] }));
    expect(await deleteSubItemAction({ id: first!.id, version: first!.version })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    loadItem.mockImplementationOnce(async () => ({ item: second!, planStatus: "published", assignments: [] }));
    expect(await moveSubItemAction({ id: second!.id, version: second!.version, direction: "up" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await children()).map((c) => `${c.code}${c.title}`)).toEqual(["1.甲任务", "2.乙任务"]);
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(gt(auditEvents.id, Number(mark!.id)))),
    ).toEqual([]);
  });
});
