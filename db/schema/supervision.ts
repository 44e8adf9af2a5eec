import { date, index, integer, pgEnum, pgTable, text, type AnyPgColumn } from "drizzle-orm/pg-core";
import { id, stampedAt, ts, updatedAt, version } from "./_columns";
import { departments } from "./departments";
import { users } from "./users";
import { workItems } from "./work-items";

/** 提醒 · 催办 · 督办, in escalation order. */
export const noticeLevel = pgEnum("notice_level", ["reminder", "urge", "supervise"]);
export const noticeStatus = pgEnum("notice_status", ["open", "responded", "closed", "escalated"]);

export const supervisionNotices = pgTable(
  "supervision_notices",
  {
    id: id(),
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    level: noticeLevel("level").notNull(),
    reason: text("reason").notNull(),
    respondBy: date("respond_by", { mode: "string" }).notNull(),
    status: noticeStatus("status").notNull().default("open"),
    issuedBy: integer("issued_by")
      .notNull()
      .references(() => users.id),
    response: text("response"),
    respondedAt: ts("responded_at"),
    respondedBy: integer("responded_by").references(() => users.id),
    closedAt: ts("closed_at"),
    closedBy: integer("closed_by").references(() => users.id),
    escalatedFromId: integer("escalated_from_id").references((): AnyPgColumn => supervisionNotices.id),
    version: version(),
    createdAt: stampedAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("notices_item").on(t.workItemId),
    index("notices_department").on(t.departmentId, t.status),
    // 督办单 lists newest first.
    index("notices_created").on(t.createdAt, t.id),
  ],
);
export type SupervisionNotice = typeof supervisionNotices.$inferSelect;
export type NewSupervisionNotice = typeof supervisionNotices.$inferInsert;
