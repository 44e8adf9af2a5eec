import { sql } from "drizzle-orm";
import { index, integer, jsonb, numeric, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, stampedAt, ts, updatedAt, version } from "./_columns";
import { departments } from "./departments";
import { users } from "./users";
import { indicators, workItems } from "./work-items";

export const reportStatus = pgEnum("report_status", ["draft", "submitted", "returned", "accepted"]);
export const progressStatus = pgEnum("progress_status", ["not_started", "in_progress", "done", "blocked"]);

/** One department's report on one item for one period (e.g. 2024-03 or 2024-Q1). */
export const progressReports = pgTable(
  "progress_reports",
  {
    id: id(),
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    period: text("period").notNull(),
    status: reportStatus("status").notNull().default("draft"),
    progressStatus: progressStatus("progress_status").notNull().default("in_progress"),
    percent: integer("percent").notNull().default(0),
    narrative: text("narrative").notNull().default(""),
    difficulties: text("difficulties"),
    helpNeeded: text("help_needed"),
    submittedAt: ts("submitted_at"),
    submittedBy: integer("submitted_by").references(() => users.id),
    reviewedAt: ts("reviewed_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    returnReason: text("return_reason"),
    createdBy: integer("created_by").references(() => users.id),
    version: version(),
    createdAt: stampedAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("progress_reports_item_department_period").on(t.workItemId, t.departmentId, t.period),
    index("progress_reports_status").on(t.status),
    // The review queue: submitted reports, oldest first.
    index("progress_reports_submitted_queue")
      .on(t.submittedAt, t.id)
      .where(sql`${t.status} = 'submitted'`),
    index("progress_reports_department").on(t.departmentId, t.period),
  ],
);
export type ProgressReport = typeof progressReports.$inferSelect;
export type NewProgressReport = typeof progressReports.$inferInsert;

/** Every submitted version of a report, kept for history. */
export const progressReportRevisions = pgTable(
  "progress_report_revisions",
  {
    id: id(),
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: stampedAt(),
  },
  (t) => [index("progress_report_revisions_report").on(t.reportId)],
);

export const indicatorReadings = pgTable(
  "indicator_readings",
  {
    id: id(),
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    value: numeric("value", { mode: "number" }).notNull(),
    note: text("note"),
    createdAt: stampedAt(),
  },
  (t) => [
    uniqueIndex("indicator_readings_report_indicator").on(t.reportId, t.indicatorId),
    index("indicator_readings_indicator").on(t.indicatorId),
  ],
);
export type IndicatorReading = typeof indicatorReadings.$inferSelect;
