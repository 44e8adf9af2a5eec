import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents, departments } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { SYSTEM_ACTOR_NAME } from "@/lib/i18n/defaults";
import { canReadAuditRecord } from "./audit-scope";
import { itemResource, loadItem } from "./item-access";

export interface TimelineEntry {
  id: number;
  action: string;
  actorName: string;
  at: Date;
  departmentName: string | null;
  /** A few facts for the one-line summary (period, percent, reason, due date, sub-item title). */
  detail: Record<string, string | number | null>;
}

const DETAIL_KEYS = [
  "period",
  "percent",
  "returnReason",
  "dueOn",
  "reportingCycle",
  "code",
  "title",
  "requestedDueOn",
  "reason",
  "summary",
  "decisionNote",
];

function pickDetail(after: unknown, before: unknown): TimelineEntry["detail"] {
  const source = (after ?? before ?? {}) as Record<string, unknown>;
  const out: TimelineEntry["detail"] = {};
  for (const key of DETAIL_KEYS) {
    const value = source[key];
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  // A changed deadline shows where it came from.
  const previous = (before as Record<string, unknown> | null)?.dueOn;
  if (after && typeof previous === "string" && previous !== out.dueOn) out.previousDueOn = previous;
  return out;
}

/**
 * Every audited event on a work item, oldest first, with actor and time. Reading the trail follows
 * audit.read (liaisons: their own department's items); a draft save shows only to its department, a
 * notice only to the department it is addressed to.
 */
export async function getItemTimeline({
  actor,
  workItemId,
  limit,
}: {
  actor: Actor;
  workItemId: number;
  /** Only the newest this many records (still oldest first): an item's years of reports and reviews. */
  limit?: number;
}): Promise<TimelineEntry[]> {
  const loaded = await loadItem(db, workItemId);
  authorize(actor, "audit.read", itemResource(loaded));
  const newest = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.workItemId, workItemId))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit ?? Number.MAX_SAFE_INTEGER);
  const rows = newest.reverse();
  const deptIds = [...new Set(rows.map((r) => r.departmentId).filter((id): id is number => id != null))];
  const names = new Map(
    deptIds.length
      ? (
          await db
            .select({ id: departments.id, name: departments.name })
            .from(departments)
            .where(and(inArray(departments.id, deptIds)))
        ).map((d) => [d.id, d.name])
      : [],
  );
  return rows
    .filter((r) => canReadAuditRecord(actor, r))
    .map((r) => ({
      id: r.id,
      action: r.action,
      actorName: r.actorName ?? SYSTEM_ACTOR_NAME,
      at: r.createdAt,
      departmentName: r.departmentId != null ? (names.get(r.departmentId) ?? null) : null,
      detail: pickDetail(r.after, r.before),
    }));
}

/** How many audit records the item has (what "show all" on the item page shows at most). */
export async function countItemTimeline(workItemId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.workItemId, workItemId));
  return row?.n ?? 0;
}

/** May this actor see the item's timeline at all (leaders may not read the audit trail)? */
export function canReadTimeline(actor: Actor, resource: Parameters<typeof itemResource>[0]): boolean {
  return can(actor, "audit.read", itemResource(resource));
}
