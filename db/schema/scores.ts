import { date, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { ScoreRules } from "../../lib/scores/rules";
import { id, stampedAt } from "./_columns";
import { users } from "./users";

/**
 * 量化考核 rule sets: each applies to the months and quarters that begin on or after its date, until
 * a later one does; a period keeps the rules it began under, so changing them never rescores the past.
 */
export const scoreRuleSets = pgTable("score_rule_sets", {
  id: id(),
  effectiveFrom: date("effective_from", { mode: "string" }).notNull().unique(),
  rules: jsonb("rules").$type<ScoreRules>().notNull(),
  note: text("note").notNull().default(""),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: stampedAt(),
});
export type ScoreRuleSet = typeof scoreRuleSets.$inferSelect;
