import { index, integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, stampedAt, ts } from "./_columns";
import { users } from "./users";

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** The message's values; the title and body are rendered from kind + params in the reader's language. */
    params: jsonb("params").$type<Record<string, string | number>>(),
    /** The Chinese rendering at the time of writing (what mail carried; what SQL readers see). */
    title: text("title").notNull(),
    body: text("body"),
    link: text("link"),
    /** Set by scheduled scans so a second run on the same day adds nothing. */
    dedupeKey: text("dedupe_key").unique(),
    readAt: ts("read_at"),
    createdAt: stampedAt(),
  },
  (t) => [index("notifications_user").on(t.userId, t.readAt)],
);
export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export const outboxChannel = pgEnum("outbox_channel", ["mail", "webhook"]);
export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "failed", "held"]);

/** Outbound mail and webhook posts; without SMTP configured mail stays here for admins to read. */
export const outboxMessages = pgTable("outbox_messages", {
  id: id(),
  channel: outboxChannel("channel").notNull(),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  payload: jsonb("payload"),
  status: outboxStatus("status").notNull().default("pending"),
  dedupeKey: text("dedupe_key").unique(),
  attempts: integer("attempts").notNull().default(0),
  lastError: text("last_error"),
  sentAt: ts("sent_at"),
  createdAt: createdAt(),
});
export type OutboxMessage = typeof outboxMessages.$inferSelect;
