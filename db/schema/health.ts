import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { HealthReason } from "../../lib/health/types";
import { ts } from "./_columns";
import { departments } from "./departments";
import { plans } from "./plans";
import { workItems } from "./work-items";

export const healthLevel = pgEnum("health_level", ["red", "yellow", "green", "completed"]);

/**
 * The health read model: each dispatched or completed item's light as of `computedOn`, kept current
 * by the writes that change it (in their own transaction) and by the daily job after midnight
 * Asia/Shanghai. The rules stay in lib/health; `npm run health:check` compares these rows with a
 * fresh computation. Pages filter, count and order on these columns in SQL.
 */
export const itemHealth = pgTable(
  "item_health",
  {
    workItemId: integer("work_item_id")
      .primaryKey()
      .references(() => workItems.id, { onDelete: "cascade" }),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    health: healthLevel("health").notNull(),
    /** red 0, yellow 1, green 2, completed 3: the board's order, worst first. */
    urgency: smallint("urgency").notNull(),
    reasons: jsonb("reasons").$type<HealthReason[]>().notNull(),
    daysOverdue: integer("days_overdue").notNull(),
    missingReports: integer("missing_reports").notNull(),
    /** The lead's latest accepted (else submitted) percent. */
    progressPercent: integer("progress_percent"),
    /** The item's numeric targets, how many have a filed reading, and how many that reading meets. */
    indicators: integer("indicators").notNull().default(0),
    indicatorsReported: integer("indicators_reported").notNull().default(0),
    indicatorsAttained: integer("indicators_attained").notNull().default(0),
    /** The due date health used: the item's own, else the plan period's end. */
    dueOn: date("due_on"),
    /** The Asia/Shanghai day the light was computed for. */
    computedOn: date("computed_on").notNull(),
    computedAt: ts("computed_at").notNull(),
  },
  (t) => [
    index("item_health_urgency_idx").on(t.urgency, t.daysOverdue),
    index("item_health_plan_idx").on(t.planId, t.urgency),
    index("item_health_computed_on_idx").on(t.computedOn),
  ],
);
export type ItemHealthRecord = typeof itemHealth.$inferSelect;

/**
 * Items whose stored health may be out of date: database triggers add an item here whenever a row
 * its health depends on changes (the item, its units, reports, readings, notices, indicators, the
 * plan's period), in the same transaction, whatever code made the change. Writes recompute the
 * marked items before they commit; readers recompute any left over before they read.
 */
export const itemHealthDirty = pgTable("item_health_dirty", {
  workItemId: integer("work_item_id").primaryKey(),
});

/**
 * The reports each unit of a dispatched item owes, one row per item, unit and period, with the day it
 * fell due (China calendar) and the day the unit first filed it; kept with the stored health (the
 * same marks, the same transaction: lib/services/report-obligations.ts). The ranking and the scores
 * count on-time reports here instead of enumerating every item's periods on each request. An ongoing
 * item (no due date) holds its periods up to a horizon a year ahead, topped up as the days pass.
 */
export const reportObligations = pgTable(
  "report_obligations",
  {
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** 2026-03 or 2026-Q1. */
    period: text("period").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** The Asia/Shanghai day the unit's report for the period was submitted; null while it is not. */
    filedOn: date("filed_on", { mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.workItemId, t.departmentId, t.period] }),
    index("report_obligations_due").on(t.dueOn, t.departmentId, t.filedOn),
    index("report_obligations_plan_due").on(t.planId, t.dueOn),
    index("report_obligations_department").on(t.departmentId, t.dueOn),
  ],
);

/**
 * "As of" history of the stored health: one row per item and stretch of days over which its stored
 * light (and the due date, reasons and counts behind it) stayed the same. Written by the health store
 * whenever it writes a changed light (lib/services/health-history.ts): a change on day D closes the
 * open row at D and opens one from D; a second change the same day rewrites that day's row, so a day
 * shows the state it ended with. The board, ranking and timeline "as of" a past day read the rows
 * with `valid_from <= day < valid_to` (an open row has no `valid_to`).
 */
export const itemHealthHistory = pgTable(
  "item_health_history",
  {
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    health: healthLevel("health").notNull(),
    urgency: smallint("urgency").notNull(),
    reasons: jsonb("reasons").$type<HealthReason[]>().notNull(),
    daysOverdue: integer("days_overdue").notNull(),
    missingReports: integer("missing_reports").notNull(),
    progressPercent: integer("progress_percent"),
    indicators: integer("indicators").notNull().default(0),
    indicatorsReported: integer("indicators_reported").notNull().default(0),
    indicatorsAttained: integer("indicators_attained").notNull().default(0),
    dueOn: date("due_on", { mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.workItemId, t.validFrom] }),
    index("item_health_history_day").on(t.validFrom, t.validTo),
    index("item_health_history_plan_day").on(t.planId, t.validFrom),
    // Each item's open record (the light it has now), which every recomputation looks up.
    index("item_health_history_open")
      .on(t.workItemId)
      .where(sql`${t.validTo} is null`),
  ],
);
export type ItemHealthHistoryRecord = typeof itemHealthHistory.$inferSelect;
