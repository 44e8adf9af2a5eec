import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq, gt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, notifications, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import type { Actor } from "@/lib/authz";
import { routes } from "@/lib/routes";
import { createTestPlan, getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { updateItemVersioned } from "./item-access";
import { itemBatchCommand, itemCommand, itemOfInput } from "./item-command";

/**
 * Item mutations run through lib/services/item-command.ts. A service runs one by hand when it
 * (1) loads or authorizes against an item (loadItem, itemWithAssignments, itemResource) and writes an
 * audit record itself, or (2) writes an item's version (updateItemVersioned, touchItem,
 * deleteItemVersioned) in a transaction it opens itself. Read-only query files do neither.
 */
const KERNEL = new Set(["item-command.ts", "item-access.ts"]);
const RULES: { what: string; all: RegExp[] }[] = [
  {
    what: "loads an item and records its audit outside the kernel",
    all: [/\b(loadItem|itemWithAssignments|itemResource)\(/, /\brecordAudit\(/],
  },
  {
    what: "writes an item's version in a transaction of its own",
    all: [/\b(updateItemVersioned|touchItem|deleteItemVersioned)\(/, /\b(writeTransaction|\w+\.transaction)\(/],
  },
];

export function itemMutationsOutsideKernel(file: string, text: string): string[] {
  return RULES.filter((rule) => rule.all.every((p) => p.test(text))).map((rule) => `${file}: ${rule.what}`);
}

describe("the item command kernel is the only way to change an item", () => {
  it("no service but item-command runs an item mutation by hand", () => {
    const dir = path.join("lib", "services");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !KERNEL.has(f));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => itemMutationsOutsideKernel(f, readFileSync(path.join(dir, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("recognises a hand-written item mutation, and leaves reads, commands and plan-level writes alone", () => {
    const byHand = [
      "return writeTransaction(async (tx) => {",
      "  const loaded = await loadItem(tx, input.workItemId);",
      '  authorize(actor, "extension.request", itemResource(loaded));',
      "  await recordAudit(tx, { actor, action: 'extension.request', entityType: 'x' });",
      "});",
    ].join("\n");
    expect(itemMutationsOutsideKernel("x.ts", byHand)).toHaveLength(1);
    const ownTransaction = "return db.transaction(async (tx) => { await touchItem(tx, id, { position: 1 }); });";
    expect(itemMutationsOutsideKernel("x.ts", ownTransaction)).toHaveLength(1);
    const read = 'const loaded = await loadItem(q, id);\nauthorize(actor, "audit.read", itemResource(loaded));';
    expect(itemMutationsOutsideKernel("x.ts", read)).toEqual([]);
    const command = "async change({ tx, item }) { await updateItemVersioned(tx, item, {}); return { audit: [] }; }";
    expect(itemMutationsOutsideKernel("x.ts", command)).toEqual([]);
    const planLevel = "db.transaction(async (tx) => { await recordAudit(tx, { action: 'plan.publish' }); });";
    expect(itemMutationsOutsideKernel("x.ts", planLevel)).toEqual([]);
  });
});

interface Rename {
  actor: Actor;
  workItemId: number;
  expectedVersion: number;
  title: string;
}

/** A command as a service writes one: a department-scoped permission, a versioned change, one record, one notice. */
const rename = itemCommand<Rename, null, { id: number; version: number }>({
  permission: "report.write",
  locate: itemOfInput,
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, input, loaded, item }) {
    const after = await updateItemVersioned(tx, item, { title: input.title });
    return {
      result: { id: after.id, version: after.version },
      audit: [{ action: "item.editDraft", entityType: "work_item", entityId: item.id, after: { title: after.title } }],
      notify: [
        {
          to: { departments: loaded.assignments.map((a) => a.departmentId) },
          kind: "item.dispatched",
          params: { code: item.code, item: after.title, due: "none" },
          link: routes.item(item.id),
        },
      ],
    };
  },
  revalidate: (result) => [routes.item(result.id), { layout: routes.plans }],
});

const lastAuditId = async () =>
  Number((await db.select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)` }).from(auditEvents))[0]!.id);

describe("itemCommand", () => {
  beforeAll(setupTestDatabase);

  const item = async () =>
    (await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched", acknowledged: true }] })).items[0]!;

  it("carries its permission, for the server action's wrapper to read", () => {
    expect(rename.permission).toBe("report.write");
  });

  it("refuses an actor without the permission on the item, and changes nothing", async () => {
    const target = await item();
    const other = (await actAs("swj"))!; // 市商务局: not assigned to the item
    const before = await snapshotData();
    const mark = await lastAuditId();
    await expect(
      rename({ actor: other, workItemId: target.id, expectedVersion: target.version, title: "改名" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const supervisor = (await actAs("supervisor"))!; // no report.write at all
    await expect(
      rename({ actor: supervisor, workItemId: target.id, expectedVersion: target.version, title: "改名" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshotData()).toEqual(before);
    expect(await db.select().from(auditEvents).where(gt(auditEvents.id, mark))).toEqual([]);
  });

  it("gives a stale version the conflict error, and changes nothing", async () => {
    const target = await item();
    const kjj = (await actAs("kjj"))!;
    await db
      .update(workItems)
      .set({ version: sql`${workItems.version} + 1` })
      .where(eq(workItems.id, target.id));
    const before = await snapshotData();
    const mark = await lastAuditId();
    await expect(
      rename({ actor: kjj, workItemId: target.id, expectedVersion: target.version, title: "改名" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshotData()).toEqual(before);
    expect(await db.select().from(auditEvents).where(gt(auditEvents.id, mark))).toEqual([]);
  });

  it("on success writes the change, exactly one audit record of its action, its notifications, and names the pages", async () => {
    const target = await item();
    const kjj = (await actAs("kjj"))!;
    const mark = await lastAuditId();
    const done = await rename({ actor: kjj, workItemId: target.id, expectedVersion: target.version, title: "新名称" });
    expect(done).toEqual({
      result: { id: target.id, version: target.version + 1 },
      revalidate: [routes.item(target.id), { layout: routes.plans }],
    });
    expect((await getItems([target.id]))[0]!.title).toBe("新名称");
    const records = await db.select().from(auditEvents).where(gt(auditEvents.id, mark));
    expect(records.map((r) => [r.action, r.actorId, r.planId, r.workItemId])).toEqual([
      ["item.editDraft", kjj.id, target.planId, target.id],
    ]);
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.link, routes.item(target.id)));
    expect(told.map((n) => n.userId)).toContain(kjj.id);
  });

  it("refuses a change that records nothing, and keeps nothing of it", async () => {
    const target = await item();
    const kjj = (await actAs("kjj"))!;
    const silent = itemCommand<Rename, null, null>({
      permission: "report.write",
      locate: itemOfInput,
      async change({ tx, item }) {
        await updateItemVersioned(tx, item, { title: "无记录" });
        return { result: null, audit: [] };
      },
      revalidate: () => [],
    });
    await expect(
      silent({ actor: kjj, workItemId: target.id, expectedVersion: target.version, title: "" }),
    ).rejects.toThrow(/without an audit record/);
    expect((await getItems([target.id]))[0]!.title).toBe(target.title);
  });

  it("runs a batch in one transaction: a stale item undoes the items before it", async () => {
    const { items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched" },
        { lead: ["市科技局"], status: "dispatched" },
      ],
    });
    const kjj = (await actAs("kjj"))!;
    const renameAll = itemBatchCommand<
      { actor: Actor; items: { id: number; version: number }[] },
      null,
      number,
      number[]
    >({
      permission: "report.write",
      locate: async (_tx, input) =>
        input.items.map((i) => ({ workItemId: i.id, expectedVersion: i.version, target: null })),
      async change({ tx, item }) {
        await updateItemVersioned(tx, item, { title: `${item.title}*` });
        return { result: item.id, audit: [{ action: "item.editDraft", entityType: "work_item", entityId: item.id }] };
      },
      result: (ids) => ids,
      revalidate: (ids) => ids.map(routes.item),
    });
    const before = await snapshotData();
    await expect(
      renameAll({ actor: kjj, items: [items[0]!, { id: items[1]!.id, version: items[1]!.version - 1 }] }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshotData()).toEqual(before);
    const done = await renameAll({ actor: kjj, items });
    expect(done.revalidate).toEqual(items.map((i) => routes.item(i.id)));
    expect((await getItems(items.map((i) => i.id))).map((i) => i.title.endsWith("*"))).toEqual([true, true]);
  });
});
