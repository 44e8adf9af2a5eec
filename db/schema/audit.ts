import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { now } from "../../lib/clock";

/**
 * Append-only: a trigger (see migrations) rejects UPDATE and DELETE. Tamper-evident: a BEFORE INSERT
 * trigger numbers each record (`seq`, one chain, under an advisory lock) and stores the SHA-256 of
 * its content and of the record before it (`hash`, `prevHash`); `npm run audit:verify` walks it.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer("actor_id"),
    /** Snapshot of the actor's name at the time, kept if the account is renamed. */
    actorName: text("actor_name"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    planId: integer("plan_id"),
    workItemId: integer("work_item_id"),
    departmentId: integer("department_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    // On the app's one clock, so a demo under APP_TODAY records its "today" (lib/clock `now`).
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow()
      .$defaultFn(() => now()),
    /** Position in the hash chain, 1, 2, 3… without gaps; set by the database, never by the app. */
    seq: bigint("seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_entity").on(t.entityType, t.entityId),
    index("audit_item").on(t.workItemId),
    index("audit_created").on(t.createdAt),
    // The audit page's filters, each newest first.
    index("audit_plan").on(t.planId, t.createdAt),
    index("audit_department").on(t.departmentId, t.createdAt),
    index("audit_actor").on(t.actorId, t.createdAt),
    index("audit_action").on(t.action, t.createdAt),
    uniqueIndex("audit_seq").on(t.seq),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
