import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { notifications, users, type UserRole } from "@/db/schema";

export interface NotificationInput {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** With a key, a second call with the same key for the same user adds nothing (scheduled scans). */
  dedupeKey?: string | null;
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
    .returning({ id: notifications.id });
  return inserted.length;
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
