import type { AuditEvent } from "@/db/schema";
import { can, scopeOf, type Actor } from "@/lib/authz";

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
