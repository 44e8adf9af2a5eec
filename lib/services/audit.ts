import "server-only";
import { auditEvents } from "@/db/schema";
import { db, type Queryable } from "@/db";
import type { Actor } from "@/lib/authz";
import type { AuditAction } from "@/lib/audit/actions";
import { SYSTEM_ACTOR_NAME } from "@/lib/i18n/defaults";

const SECRET_FIELDS = new Set(["passwordHash", "password", "content"]);

/** Drops secrets and turns dates into strings so the record reads the same on both drivers. */
export function auditSnapshot(value: unknown): unknown {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_FIELDS.has(k))
        .map(([k, v]) => [k, auditSnapshot(v)]),
    );
  }
  return value;
}

export interface AuditInput {
  actor: Pick<Actor, "id" | "displayName"> | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  planId?: number | null;
  workItemId?: number | null;
  departmentId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Writes one audit record; call it with the same transaction as the change it records. */
export async function recordAudit(q: Queryable, input: AuditInput): Promise<void> {
  await q.insert(auditEvents).values({
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.displayName ?? SYSTEM_ACTOR_NAME,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId == null ? null : String(input.entityId),
    planId: input.planId ?? null,
    workItemId: input.workItemId ?? null,
    departmentId: input.departmentId ?? null,
    before: auditSnapshot(input.before ?? null),
    after: auditSnapshot(input.after ?? null),
    ip: input.ip ?? null,
  });
}

/**
 * Records that someone took data out of the system (an export is a security event the 审计员
 * reviews): which export, with which filters, how many rows.
 */
export async function recordExport(input: {
  actor: Actor;
  kind: "audit" | "board" | "ranking" | "bulletin";
  filters: unknown;
  rows: number;
}) {
  await recordAudit(db, {
    actor: input.actor,
    action: `export.${input.kind}`,
    entityType: "export",
    after: { filters: input.filters, rows: input.rows },
  });
}
