import { date, index, integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt, version } from "./_columns";
import { users } from "./users";

export const planStatus = pgEnum("plan_status", ["draft", "published", "archived"]);

export const plans = pgTable("plans", {
  id: id(),
  title: text("title").notNull(),
  docNumber: text("docNumber"),
  issuer: text("issuer"),
  issuedOn: date("issuedOn", { mode: "string" }),
  effectiveFrom: date("effectiveFrom", { mode: "string" }),
  validUntil: date("validUntil", { mode: "string" }),
  periodStart: date("periodStart", { mode: "string" }),
  periodEnd: date("periodEnd", { mode: "string" }),
  sourceText: text("sourceText"),
  /** sha256 of the normalised source text: a re-import of the same document is an update. */
  sourceHash: text("sourceHash"),
  sourceFilename: text("sourceFilename"),
  /** Importer warnings still relevant to the secretariat. */
  warnings: jsonb("warnings").$type<{ code: string; message: string; itemCode?: string }[]>().notNull().default([]),
  status: planStatus("status").notNull().default("draft"),
  publishedAt: ts("publishedAt"),
  createdBy: integer("createdBy").references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;

export const sections = pgTable(
  "sections",
  {
    id: id(),
    planId: integer("planId")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sections_plan").on(t.planId, t.position)],
);
export type Section = typeof sections.$inferSelect;
export type NewSection = typeof sections.$inferInsert;
