import { date, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, stampedAt, ts, version } from "./_columns";
import { departments } from "./departments";
import { users } from "./users";
import { workItems } from "./work-items";

export const requestStatus = pgEnum("request_status", ["pending", "approved", "refused", "withdrawn"]);

/** 延期申请 */
export const extensionRequests = pgTable("extension_requests", {
  id: id(),
  workItemId: integer("work_item_id")
    .notNull()
    .references(() => workItems.id, { onDelete: "cascade" }),
  departmentId: integer("department_id")
    .notNull()
    .references(() => departments.id),
  currentDueOn: date("current_due_on", { mode: "string" }),
  requestedDueOn: date("requested_due_on", { mode: "string" }).notNull(),
  reason: text("reason").notNull(),
  status: requestStatus("status").notNull().default("pending"),
  requestedBy: integer("requested_by")
    .notNull()
    .references(() => users.id),
  decidedBy: integer("decided_by").references(() => users.id),
  decidedAt: ts("decided_at"),
  decisionNote: text("decision_note"),
  version: version(),
  createdAt: stampedAt(),
});
export type ExtensionRequest = typeof extensionRequests.$inferSelect;

/** 办结申请: only the lead department may ask. */
export const completionRequests = pgTable("completion_requests", {
  id: id(),
  workItemId: integer("work_item_id")
    .notNull()
    .references(() => workItems.id, { onDelete: "cascade" }),
  departmentId: integer("department_id")
    .notNull()
    .references(() => departments.id),
  summary: text("summary").notNull(),
  status: requestStatus("status").notNull().default("pending"),
  requestedBy: integer("requested_by")
    .notNull()
    .references(() => users.id),
  decidedBy: integer("decided_by").references(() => users.id),
  decidedAt: ts("decided_at"),
  decisionNote: text("decision_note"),
  version: version(),
  createdAt: stampedAt(),
});
export type CompletionRequest = typeof completionRequests.$inferSelect;
