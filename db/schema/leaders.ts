import { date, index, integer, jsonb, pgEnum, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, stampedAt, ts, updatedAt, version } from "./_columns";
import { plans } from "./plans";
import { users } from "./users";

/**
 * Read-only links for the meeting-room screen: whoever holds the token sees the screen (one plan, or
 * all plans when `planId` is null) without a session of their own, until the secretariat revokes it.
 * Only the token's SHA-256 is stored; the token itself is shown once, when the link is made.
 */
export const screenLinks = pgTable(
  "screen_links",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    label: text("label").notNull(),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "cascade" }),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: stampedAt(),
    revokedAt: ts("revoked_at"),
    revokedBy: integer("revoked_by").references(() => users.id),
    lastUsedAt: ts("last_used_at"),
  },
  (t) => [index("screen_links_plan").on(t.planId)],
);
export type ScreenLink = typeof screenLinks.$inferSelect;

export const bulletinStatus = pgEnum("bulletin_status", ["draft", "published"]);

/**
 * 督查通报: a numbered bulletin (〔2026〕第3期) for a month or quarter. `content` holds the figures it
 * was generated from (summary counts, ranking with scores, red items, notices), computed from the
 * health as it stood on `snapshotOn`; the secretariat edits the wording while it is a draft, and a
 * published bulletin is archived read-only.
 */
export const bulletins = pgTable(
  "bulletins",
  {
    id: id(),
    year: integer("year").notNull(),
    issueNo: integer("issue_no").notNull(),
    /** 2026-03 or 2026-Q1. */
    period: text("period").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    goodPractice: text("good_practice").notNull().default(""),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    /** The Asia/Shanghai day whose stored health the figures were read from. */
    snapshotOn: date("snapshot_on", { mode: "string" }).notNull(),
    status: bulletinStatus("status").notNull().default("draft"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    publishedAt: ts("published_at"),
    publishedBy: integer("published_by").references(() => users.id),
    version: version(),
    createdAt: stampedAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique("bulletins_year_issue").on(t.year, t.issueNo), index("bulletins_period").on(t.period)],
);
export type Bulletin = typeof bulletins.$inferSelect;
