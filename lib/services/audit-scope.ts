import "server-only";
import { max } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents, type AuditEvent } from "@/db/schema";
import { can, scopeOf, type Actor } from "@/lib/authz";
import { readDataVersion } from "./data-version";

/** The entity type of audit records about a supervision notice. */
export const NOTICE_ENTITY = "supervision_notice";

/**
 * Per-record rules beyond the item scope of audit.read, for lists already limited to items the actor
 * may read (the item timeline): a saved draft shows only to whoever may read the draft, a notice
 * record only to whoever may read that notice. `listAuditEvents` applies the same rules in SQL.
 */
export function canReadAuditRecord(
  actor: Actor,
  record: Pick<AuditEvent, "action" | "entityType" | "departmentId">,
): boolean {
  const department = { type: "department", departmentId: record.departmentId } as const;
  if (record.action === "report.saveDraft" && !can(actor, "report.readDraft", department)) return false;
  if (record.entityType === NOTICE_ENTITY && scopeOf(actor, "notice.respond") === "department")
    return can(actor, "notice.respond", department);
  return true;
}

/** What decides which records an actor sees: roles carry the permissions, liaisons their department. */
export const readerScope = (actor: Actor) => ({ role: actor.role, departmentId: actor.departmentId });

/**
 * What an audit query can see: the trail is append-only and numbered in commit order (the chain's
 * lock is held to the commit), so its last number identifies it; with the plan data's version for the
 * names its records are shown with. Audit answers are cached on this (lib/services/data-version.ts).
 */
export async function auditVersion(): Promise<string> {
  const [[last], data] = await Promise.all([
    db.select({ seq: max(auditEvents.seq) }).from(auditEvents),
    readDataVersion(),
  ]);
  return `${data}:${last?.seq ?? 0}`;
}
