import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../lib/clock";

/** Append-only: a trigger (see migrations) rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer("actorId"),
    /** Snapshot of the actor's name at the time, kept if the account is renamed. */
    actorName: text("actorName"),
    action: text("action").notNull(),
    entityType: text("entityType").notNull(),
    entityId: text("entityId"),
    planId: integer("planId"),
    workItemId: integer("workItemId"),
    departmentId: integer("departmentId"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    // On the app's one clock, so a demo under APP_TODAY records its "today" (lib/clock `now`).
    createdAt: timestamp("createdAt", { withTimezone: true, mode: "date" }).notNull().defaultNow().$defaultFn(() => now()),
  },
  (t) => [
    index("audit_entity").on(t.entityType, t.entityId),
    index("audit_item").on(t.workItemId),
    index("audit_created").on(t.createdAt),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
