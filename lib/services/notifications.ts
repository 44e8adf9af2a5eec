import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { notifications, users, type UserRole } from "@/db/schema";
import { enqueueMail } from "./outbox";

export interface NotificationInput {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** With a key, a second call with the same key for the same user adds nothing (scheduled scans). */
  dedupeKey?: string | null;
  /** Also mail recipients who have an address (default); the reminder scan sends its own mail. */
  mail?: boolean;
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
  const inserted = await q
    .insert(notifications)
    .values(
      unique.map((userId) => ({
        userId,
        kind: input.kind,
        title: input.title,
        body: input.body ?? null,
        link: input.link ?? null,
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:u${userId}` : null,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id, userId: notifications.userId });
  if (input.mail !== false && inserted.length > 0) await mailNotifications(q, inserted, input);
  return inserted.length;
}

/**
 * One mail per new notification to each recipient with an address: sent through SMTP when it is
 * configured, otherwise held in the outbox where admins can read what would have gone out.
 */
async function mailNotifications(q: Queryable, inserted: { id: number; userId: number }[], input: NotificationInput) {
  const addresses = await q
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, inserted.map((n) => n.userId)), isNotNull(users.email), eq(users.isActive, true)));
  const emailOf = new Map(addresses.filter((a) => a.email).map((a) => [a.id, a.email!]));
  for (const n of inserted) {
    const to = emailOf.get(n.userId);
    if (!to) continue;
    const body = [input.body, input.link ? `请登录督办系统查看:${input.link}` : null].filter(Boolean).join("\n\n");
    await enqueueMail(q, { to, subject: `【督办】${input.title}`, body: body || input.title, dedupeKey: `notification:${n.id}` });
  }
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
    .where(ids?.length ? and(own, inArray(notifications.id, ids), isNull(notifications.readAt)) : and(own, isNull(notifications.readAt)));
}
