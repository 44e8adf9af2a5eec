import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { id, stampedAt, ts, updatedAt, version } from "./_columns";
import { departments } from "./departments";
import { plans, sections } from "./plans";
import { users } from "./users";

export const WORK_ITEM_KINDS = ["goal", "task", "project", "measure", "subtask"] as const;
export const workItemKind = pgEnum("work_item_kind", WORK_ITEM_KINDS);
export const workItemStatus = pgEnum("work_item_status", ["draft", "dispatched", "completed"]);
export const reportingCycle = pgEnum("reporting_cycle", ["monthly", "quarterly", "none"]);

export const workItems = pgTable(
  "work_items",
  {
    id: id(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    sectionId: integer("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => workItems.id, { onDelete: "cascade" }),
    kind: workItemKind("kind").notNull(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    text: text("text").notNull().default(""),
    position: integer("position").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    /** The due date as first set; extensions move dueOn and leave this. */
    originalDueOn: date("original_due_on", { mode: "string" }),
    ongoing: boolean("ongoing").notNull().default(false),
    status: workItemStatus("status").notNull().default("draft"),
    reportingCycle: reportingCycle("reporting_cycle").notNull().default("monthly"),
    reportDueDay: integer("report_due_day").notNull().default(25),
    unitsText: text("units_text"),
    dispatchedAt: ts("dispatched_at"),
    dispatchedBy: integer("dispatched_by").references(() => users.id),
    completedAt: ts("completed_at"),
    version: version(),
    createdAt: stampedAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("work_items_plan").on(t.planId, t.position),
    index("work_items_parent").on(t.parentId),
    index("work_items_section").on(t.sectionId),
    index("work_items_status_due").on(t.status, t.dueOn),
  ],
);
export type WorkItem = typeof workItems.$inferSelect;
export type NewWorkItem = typeof workItems.$inferInsert;

export const assignmentRole = pgEnum("assignment_role", ["lead", "support"]);

export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    role: assignmentRole("role").notNull(),
    /** The text this unit came from, e.g. 各区县市人民政府 for an expanded collective. */
    originText: text("origin_text"),
    position: integer("position").notNull().default(0),
    acknowledgedAt: ts("acknowledged_at"),
    acknowledgedBy: integer("acknowledged_by").references(() => users.id),
    createdAt: stampedAt(),
  },
  (t) => [
    uniqueIndex("assignments_item_department").on(t.workItemId, t.departmentId),
    index("assignments_department").on(t.departmentId),
    // Dispatches not yet acknowledged (the secretariat's home and review queue).
    index("assignments_unacknowledged")
      .on(t.workItemId)
      .where(sql`${t.acknowledgedAt} is null`),
  ],
);
export type Assignment = typeof assignments.$inferSelect;
export type NewAssignment = typeof assignments.$inferInsert;

export const indicatorComparator = pgEnum("indicator_comparator", [">=", "<=", ">", "<", "=", "~"]);

export const indicators = pgTable(
  "indicators",
  {
    id: id(),
    workItemId: integer("work_item_id")
      .notNull()
      .references(() => workItems.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    comparator: indicatorComparator("comparator").notNull(),
    targetValue: numeric("target_value", { mode: "number" }).notNull(),
    unit: text("unit").notNull().default(""),
    approximate: boolean("approximate").notNull().default(false),
    baselineValue: numeric("baseline_value", { mode: "number" }),
    baselineOn: date("baseline_on", { mode: "string" }),
    dueOn: date("due_on", { mode: "string" }),
    sourceText: text("source_text"),
    position: integer("position").notNull().default(0),
    createdAt: stampedAt(),
  },
  (t) => [index("indicators_item").on(t.workItemId, t.position)],
);
export type Indicator = typeof indicators.$inferSelect;
export type NewIndicator = typeof indicators.$inferInsert;
