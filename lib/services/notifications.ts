import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { notifications, users, type UserRole } from "@/db/schema";
import { notificationText, notificationTranslator, type NotificationParams } from "@/lib/i18n/notification-text";
import { enqueueMail } from "./outbox";

export interface NotificationInput {
  /** The message: `notifications.kinds.<kind>` in each language's messages. */
  kind: string;
  /** The message's values (item code and title, dates, department, …). */
  params?: NotificationParams;
  /** The writer's own words (a reason, a decision note): the body, or the `{note}` inside it. */
  note?: string | null;
  link?: string | null;
  /** With a key, a second call with the same key for the same user adds nothing (scheduled scans). */
  dedupeKey?: string | null;
  /** Also mail recipients who have an address (default); the reminder scan sends its own mail. */
  mail?: boolean;
}

/** The values a notification is stored with: its params, and the note among them when there is one. */
function valuesOf(input: Pick<NotificationInput, "params" | "note">): NotificationParams {
  return { ...(input.params ?? {}), ...(input.note != null ? { note: input.note } : {}) };
}

/** A notification's text in the default language, as stored and as mailed. */
export function renderNotification(input: Pick<NotificationInput, "kind" | "params" | "note">): {
  title: string;
  body: string | null;
} {
  const t = notificationTranslator();
  if (!t.has(`kinds.${input.kind}.title`)) throw new Error(`notification kind without a message: ${input.kind}`);
  return notificationText(t, { kind: input.kind, params: valuesOf(input), title: "", body: input.note ?? null });
}

/** Active users of the given departments (their liaison officers). */
export async function liaisonsOf(q: Queryable, departmentIds: number[]): Promise<number[]> {
  if (departmentIds.length === 0) return [];
  const rows = await q
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.departmentId, departmentIds), eq(users.role, "liaison"), eq(users.isActive, true)));
  return rows.map((r) => r.id);
}

/** Active users holding any of the roles. */
export async function usersWithRole(q: Queryable, roles: UserRole[]): Promise<number[]> {
  const rows = await q
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, roles), eq(users.isActive, true)));
  return rows.map((r) => r.id);
}

/** Creates one in-app notification per user; call inside the transaction of the event. Returns how many were new. */
export async function notifyUsers(q: Queryable, userIds: number[], input: NotificationInput): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { title, body } = renderNotification(input);
  const inserted = await q
    .insert(notifications)
    .values(
      unique.map((userId) => ({
        userId,
        kind: input.kind,
        params: valuesOf(input),
        title,
        body,
        link: input.link ?? null,
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:u${userId}` : null,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id, userId: notifications.userId });
  if (input.mail !== false && inserted.length > 0)
    await mailNotifications(q, inserted, { title, body, link: input.link ?? null });
  return inserted.length;
}

/**
 * One mail per new notification to each recipient with an address: sent through SMTP when it is
 * configured, otherwise held in the outbox where admins can read what would have gone out.
 */
async function mailNotifications(q: Queryable, inserted: { id: number; userId: number }[], text: MailText) {
  const addresses = await q
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        inArray(
          users.id,
          inserted.map((n) => n.userId),
        ),
        isNotNull(users.email),
        eq(users.isActive, true),
      ),
    );
  const emailOf = new Map(addresses.filter((a) => a.email).map((a) => [a.id, a.email!]));
  const mail = notificationMail(text);
  for (const n of inserted) {
    const to = emailOf.get(n.userId);
    if (!to) continue;
    await enqueueMail(q, { to, ...mail, dedupeKey: `notification:${n.id}` });
  }
}

interface MailText {
  title: string;
  body: string | null;
  link: string | null;
}

/** A notification as mail, in the default language: subject, then the body and where to look. */
export function notificationMail(
  text: MailText,
  kind: "notification" | "reminder" = "notification",
): { subject: string; body: string } {
  const t = notificationTranslator();
  const body = [text.body, text.link ? t("mail.openLink", { link: text.link }) : null].filter(Boolean).join("\n\n");
  return {
    subject: t(kind === "reminder" ? "mail.reminderSubject" : "mail.subject", { title: text.title }),
    body: body || text.title,
  };
}

export async function countUnread(userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(userId: number, limit = 50) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks the user's own notifications read (all when no ids are given). */
export async function markNotificationsRead(userId: number, ids?: number[]): Promise<void> {
  const own = eq(notifications.userId, userId);
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      ids?.length
        ? and(own, inArray(notifications.id, ids), isNull(notifications.readAt))
        : and(own, isNull(notifications.readAt)),
    );
}
