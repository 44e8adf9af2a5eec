import { date, index, integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt, version } from "./_columns";
import { users } from "./users";

export const planStatus = pgEnum("plan_status", ["draft", "published", "archived"]);

export const plans = pgTable("plans", {
  id: id(),
  title: text("title").notNull(),
  docNumber: text("doc_number"),
  issuer: text("issuer"),
  issuedOn: date("issued_on", { mode: "string" }),
  effectiveFrom: date("effective_from", { mode: "string" }),
  validUntil: date("valid_until", { mode: "string" }),
  periodStart: date("period_start", { mode: "string" }),
  periodEnd: date("period_end", { mode: "string" }),
  sourceText: text("source_text"),
  /** sha256 of the normalised source text: a re-import of the same document is an update. */
  sourceHash: text("source_hash"),
  sourceFilename: text("source_filename"),
  /** Importer warnings still relevant to the secretariat. */
  warnings: jsonb("warnings").$type<{ code: string; message: string; itemCode?: string }[]>().notNull().default([]),
  status: planStatus("status").notNull().default("draft"),
  publishedAt: ts("published_at"),
  createdBy: integer("created_by").references(() => users.id),
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
    planId: integer("plan_id")
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
