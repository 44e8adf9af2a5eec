import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { assignments, indicatorReadings, indicators, workItems, type WorkItem } from "@/db/schema";
import { indicatorColumns } from "./indicator-columns";
import { deleteItemVersioned, touchItem, updateItemVersioned } from "./item-access";
import type { ItemAudit } from "./item-command";
import type { PublishedNode, RevisedNode } from "./plan-revision-sides";

/**
 * What an accepted change does to one published item, inside the revision's command (the kernel
 * loads, authorises and audits; these write). History is kept: a removed unit's reports stay with
 * the item (reports name the item and department, not the assignment); an indicator with readings
 * stays; a removed item that was ever dispatched is taken back, never deleted.
 */

type Units = { id: number; departmentId: number; role: "lead" | "support" }[];

const revise = (item: WorkItem, before: unknown, after: unknown): ItemAudit => ({
  action: "plan.revise",
  entityType: "work_item",
  entityId: item.id,
  before,
  after,
});

/** The item's units become the revised item's: units dropped, roles changed, units added at the end. */
export async function reviseUnits(tx: Tx, item: WorkItem, current: Units, node: PublishedNode, revised: RevisedNode) {
  const wanted = new Map(revised.resolvedUnits.map((u) => [u.departmentId, u]));
  const gone = current.filter((a) => !wanted.has(a.departmentId)).map((a) => a.id);
  if (gone.length) await tx.delete(assignments).where(inArray(assignments.id, gone));
  let position = current.length;
  for (const unit of revised.resolvedUnits) {
    const held = current.find((a) => a.departmentId === unit.departmentId);
    if (!held) {
      await tx.insert(assignments).values({ ...unit, workItemId: item.id, position: position++ });
    } else if (held.role !== unit.role) {
      await tx.update(assignments).set({ role: unit.role }).where(eq(assignments.id, held.id));
    }
  }
  return revise(item, { change: "units", units: node.units }, { change: "units", units: revised.units });
}

/** The indicators become the revised item's, matched by name; one with readings is kept even when dropped. */
export async function reviseIndicators(tx: Tx, item: WorkItem, node: PublishedNode, revised: RevisedNode) {
  const byName = new Map(node.indicatorRows.map((r) => [r.name, r.id]));
  for (const [position, ind] of revised.indicatorValues.entries()) {
    const values = indicatorColumns(ind, position);
    const id = byName.get(ind.name);
    if (id != null) await tx.update(indicators).set(values).where(eq(indicators.id, id));
    else await tx.insert(indicators).values({ ...values, workItemId: item.id });
  }
  const dropped = node.indicatorRows.filter((r) => !revised.indicatorValues.some((i) => i.name === r.name));
  const read = dropped.length
    ? new Set(
        (
          await tx
            .selectDistinct({ id: indicatorReadings.indicatorId })
            .from(indicatorReadings)
            .where(
              inArray(
                indicatorReadings.indicatorId,
                dropped.map((d) => d.id),
              ),
            )
        ).map((r) => r.id),
      )
    : new Set<number>();
  const unread = dropped.filter((d) => !read.has(d.id)).map((d) => d.id);
  if (unread.length) await tx.delete(indicators).where(inArray(indicators.id, unread));
  return revise(
    item,
    { change: "indicators", indicators: node.indicators },
    {
      change: "indicators",
      indicators: revised.indicators,
      kept: dropped.filter((d) => read.has(d.id)).map((d) => d.name),
    },
  );
}

/**
 * The document no longer has the item. Never dispatched (nor anything below it): deleted with its
 * sub-items, its content kept in the audit record. Otherwise taken back with its sub-items (待交办,
 * no lights, no reports owed; reports, requests and notices kept; a completed item stays completed),
 * each marked in the audit trail so later revisions leave it out.
 */
export async function reviseRemoved(tx: Tx, item: WorkItem, node: PublishedNode): Promise<ItemAudit[]> {
  const content = { code: node.code, title: item.title, text: item.text, units: node.units, dueOn: item.dueOn };
  if (node.allDraft) {
    await deleteItemVersioned(tx, item, eq(workItems.status, "draft"));
    return [revise(item, { ...content, status: item.status }, { change: "removed", mode: "delete" })];
  }
  const taken = { status: "draft" as const, dispatchedAt: null, dispatchedBy: null };
  const after = await updateItemVersioned(tx, item, item.status === "dispatched" ? taken : {});
  const below = node.descendantIds.length
    ? await tx.select().from(workItems).where(inArray(workItems.id, node.descendantIds))
    : [];
  const audit = [
    revise(item, { ...content, status: item.status }, { change: "removed", mode: "withdraw", status: after.status }),
  ];
  for (const row of below) {
    if (row.status === "dispatched") await touchItem(tx, row.id, taken);
    audit.push({
      ...revise(row, { code: row.code, title: row.title, status: row.status }, { change: "removed", mode: "withdraw" }),
      workItemId: row.id,
    });
  }
  return audit;
}
