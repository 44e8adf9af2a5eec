import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { assignments, departments, workItems, type WorkItem } from "@/db/schema";
import type { Resource } from "@/lib/authz";
import { conflict, notFound } from "@/lib/errors";

/** The item with its assignments as an authorisation resource (shared by extension and completion). */
export async function loadItemForRequest(q: Queryable, workItemId: number) {
  const [item] = await q.select().from(workItems).where(eq(workItems.id, workItemId));
  if (!item) throw notFound("该事项不存在或已被删除");
  const rows = await q
    .select({ departmentId: assignments.departmentId, role: assignments.role })
    .from(assignments)
    .where(eq(assignments.workItemId, workItemId));
  const resource: Resource = { type: "workItem", assignments: rows };
  return { item, assignments: rows, resource };
}

/** Versioned update of a work item; 0 rows means someone else changed it first. */
export async function updateItemVersioned(q: Queryable, item: WorkItem, set: Partial<WorkItem>): Promise<WorkItem> {
  const [row] = await q
    .update(workItems)
    .set({ ...set, version: sql`${workItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(workItems.id, item.id), eq(workItems.version, item.version)))
    .returning();
  if (!row) throw conflict();
  return row;
}

export async function departmentName(q: Queryable, id: number): Promise<string> {
  const [row] = await q.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name ?? "";
}

export const itemLink = (workItemId: number) => `/items/${workItemId}`;
