import "server-only";
import type { SQL } from "drizzle-orm";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { supervisionNotices } from "@/db/schema";
import { scopeOf, type Actor } from "@/lib/authz";
import { itemResource, loadItem } from "./item-access";

/**
 * The one rule for which notices an actor may read (list, page, print and attached files alike):
 * liaisons only those addressed to their own department, readers of plans all.
 * `undefined` means no restriction; callers also require `notice.read`.
 */
export function noticesVisibleTo(actor: Actor): SQL | undefined {
  if (scopeOf(actor, "notice.read") === "department")
    return eq(supervisionNotices.departmentId, actor.departmentId ?? -1);
  return undefined;
}

/** The notice's item with its plan status, and the item as an authorisation resource. */
export async function itemWithAssignments(q: Queryable, workItemId: number) {
  const loaded = await loadItem(q, workItemId);
  return { item: { ...loaded.item, planStatus: loaded.planStatus }, resource: itemResource(loaded) };
}
