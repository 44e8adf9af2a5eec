import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { userSessions } from "@/db/schema";
import { getEnv } from "@/lib/env";

/**
 * Starts a server-side session for a successful sign-in; the id goes into the session cookie.
 * It ends at sign-out (revoked) or SESSION_MAX_HOURS after sign-in, whichever comes first.
 */
export async function startSession(
  q: Queryable,
  input: { userId: number; ip?: string | null; now?: Date },
): Promise<{ id: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const id = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + getEnv().SESSION_MAX_HOURS * 3600_000);
  await q.insert(userSessions).values({ id, userId: input.userId, expiresAt, ip: input.ip ?? null, createdAt: now });
  return { id, expiresAt };
}

/** The rule of an open session: it exists, is not revoked and has not reached its lifetime. */
export function isOpenSession(row: { expiresAt: Date; revokedAt: Date | null } | undefined, now: Date): boolean {
  return Boolean(row && !row.revokedAt && row.expiresAt > now);
}

/** Ends one session (sign-out): a copy of its cookie no longer signs anyone in. */
export async function revokeSession(id: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, id), isNull(userSessions.revokedAt)));
}

/** Ended sessions are kept this long (a day), then removed: sign-ins and sign-outs stay in the audit trail. */
export const ENDED_SESSION_KEEP_MS = 24 * 3600_000;

/**
 * Removes sessions that expired or were signed out more than a day ago (the daily job runs it), so the
 * table holds the sessions in use rather than every sign-in since the system started. Returns how many.
 */
export async function pruneSessions(q: Queryable = db, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ENDED_SESSION_KEEP_MS);
  const removed = await q
    .delete(userSessions)
    .where(or(lt(userSessions.expiresAt, before), lt(userSessions.revokedAt, before)))
    .returning({ id: userSessions.id });
  return removed.length;
}
