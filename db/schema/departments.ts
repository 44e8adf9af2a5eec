import { boolean, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./_columns";

export const departmentKind = pgEnum("department_kind", ["municipal", "district", "agency", "other"]);

export const departments = pgTable("departments", {
  id: id(),
  /** Canonical name as plans write it, e.g. 市发展改革委. */
  name: text("name").notNull().unique(),
  fullName: text("full_name"),
  shortName: text("short_name"),
  kind: departmentKind("kind").notNull().default("municipal"),
  parentId: integer("parent_id"),
  isActive: boolean("is_active").notNull().default(true),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type Department = typeof departments.$inferSelect;
export type NewDepartment = typeof departments.$inferInsert;

/** Other spellings of a department (市发改委 → 市发展改革委); one alias names one department. */
export const departmentAliases = pgTable("department_aliases", {
  id: id(),
  departmentId: integer("department_id")
    .notNull()
    .references(() => departments.id, { onDelete: "cascade" }),
  alias: text("alias").notNull().unique(),
  createdAt: createdAt(),
});
export type DepartmentAlias = typeof departmentAliases.$inferSelect;

/** A collective such as 各区县(市)人民政府 that expands to one assignment per member. */
export const departmentGroups = pgTable("department_groups", {
  id: id(),
  name: text("name").notNull().unique(),
  aliases: text("aliases").array().notNull().default([]),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type DepartmentGroup = typeof departmentGroups.$inferSelect;
export type NewDepartmentGroup = typeof departmentGroups.$inferInsert;

export const departmentGroupMembers = pgTable(
  "department_group_members",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => departmentGroups.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.departmentId] }),
    uniqueIndex("group_member_position").on(t.groupId, t.position),
  ],
);
