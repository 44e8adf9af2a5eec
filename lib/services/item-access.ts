import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { db, type Queryable } from "@/db";
import { assignments, plans, workItems, type Plan, type WorkItem } from "@/db/schema";
import type { Resource } from "@/lib/authz";
import { conflict, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";

export interface ItemWithAssignments {
  item: WorkItem;
  planStatus: Plan["status"];
  assignments: { id: number; departmentId: number; role: "lead" | "support"; acknowledgedAt: Date | null }[];
}

async function readItem(q: Queryable, workItemId: number): Promise<ItemWithAssignments | null> {
  const [row] = await q
    .select({ item: workItems, planStatus: plans.status })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .where(eq(workItems.id, workItemId));
  if (!row) return null;
  const units = await q
    .select({
      id: assignments.id,
      departmentId: assignments.departmentId,
      role: assignments.role,
      acknowledgedAt: assignments.acknowledgedAt,
    })
    .from(assignments)
    .where(eq(assignments.workItemId, workItemId))
    .orderBy(asc(assignments.position));
  return { item: row.item, planStatus: row.planStatus, assignments: units };
}

/**
 * Outside a transaction, once per page render: the item page's panels (reports, timeline, notices,
 * requests) each load the item before they authorise, and read it once between them. React's
 * `cache` lasts one server render; in server actions and route handlers it calls through, so a write
 * (which reads in its own transaction anyway) never sees a copy from before it.
 */
const readItemOnce = cache((workItemId: number) => readItem(db, workItemId));

/**
 * A work item with its plan's status and its units, as every service needs them before
 * `authorize()`; 404 (with `missing`, or the usual message) when the item does not exist.
 * The one loader for item-scoped mutations. The result is shared within a render: read it, never
 * change it.
 */
export async function loadItem(
  q: Queryable,
  workItemId: number,
  missing = msg("planErrors.item.notFound"),
): Promise<ItemWithAssignments> {
  const loaded = q === db ? await readItemOnce(workItemId) : await readItem(q, workItemId);
  if (!loaded) throw notFound(missing);
  return loaded;
}

/** The item's units as the resource `can()` and `authorize()` scope liaisons by. */
export function itemResource(loaded: Pick<ItemWithAssignments, "assignments">): Resource {
  return { type: "workItem", assignments: loaded.assignments };
}

/**
 * The one versioned write of a work item: applies the change only at the version the caller read
 * (or the form showed), bumps it, and throws the conflict error when someone else changed it first.
 */
export async function updateItemVersioned(
  q: Queryable,
  item: Pick<WorkItem, "id" | "version">,
  set: Partial<WorkItem>,
): Promise<WorkItem> {
  const [row] = await q
    .update(workItems)
    .set({ ...set, version: sql`${workItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(workItems.id, item.id), eq(workItems.version, item.version)))
    .returning();
  if (!row) throw conflict();
  return row;
}

/**
 * A change the system makes to an item on the user's behalf (renumbering after a sibling moved or
 * went): no version to check, but the version moves on so that a form opened before sees a conflict.
 */
export async function touchItem(q: Queryable, id: number, set: Partial<WorkItem>): Promise<void> {
  await q
    .update(workItems)
    .set({ ...set, version: sql`${workItems.version} + 1`, updatedAt: new Date() })
    .where(eq(workItems.id, id));
}

/** Deletes an item at the version the caller read (and any further condition); the conflict error otherwise. */
export async function deleteItemVersioned(
  q: Queryable,
  item: Pick<WorkItem, "id" | "version">,
  also?: SQL,
): Promise<void> {
  const deleted = await q
    .delete(workItems)
    .where(and(eq(workItems.id, item.id), eq(workItems.version, item.version), also))
    .returning({ id: workItems.id });
  if (deleted.length === 0) throw conflict();
}
