import "server-only";
import type { SQL } from "drizzle-orm";
import { eq } from "drizzle-orm";
import { supervisionNotices } from "@/db/schema";
import { scopeOf, type Actor } from "@/lib/authz";

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
