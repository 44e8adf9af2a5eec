import "server-only";
import bcrypt from "bcryptjs";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { departments, users, type User } from "@/db/schema";
import { AppError, conflict } from "@/lib/errors";
import { recordAudit } from "./audit";
import { recordLoginAttempt, throttleMessage, throttledUntil } from "./login-throttle";

export const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: User["role"];
  departmentId: number | null;
  departmentName: string | null;
  mustChangePassword: boolean;
  sessionEpoch: number;
}

export async function getSessionUserById(id: number): Promise<SessionUser | null> {
  const [row] = await db
    .select({ user: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .limit(1);
  if (!row || !row.user.isActive) return null;
  return toSessionUser(row.user, row.departmentName);
}

function toSessionUser(user: User, departmentName: string | null): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    departmentName,
    mustChangePassword: user.mustChangePassword,
    sessionEpoch: user.sessionEpoch,
  };
}

// Compared against when the username is unknown, so timing does not reveal which usernames exist.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.gJ1z2ZzH3iN6bI0XrZ2b1Y7YQ4Ge";

/**
 * Checks a username and password; records the attempt (login_attempts and audit). Returns the
 * user or null. Throws a "throttled" AppError with the retry time after too many failures for
 * the account or the address — the same for unknown usernames, so nothing reveals which exist.
 */
export async function verifyCredentials(input: {
  username: string;
  password: string;
  ip?: string | null;
}): Promise<SessionUser | null> {
  const username = input.username.trim();
  const ip = input.ip ?? null;
  const now = new Date();
  const until = await throttledUntil(db, { username, ip }, now);
  if (until) {
    await recordAudit(db, {
      actor: null,
      action: "auth.signInThrottled",
      entityType: "user",
      after: { username, retryAt: until },
      ip,
    });
    throw new AppError("throttled", throttleMessage(until, now));
  }
  const [row] = await db
    .select({ user: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.username, username))
    .limit(1);
  const ok = await bcrypt.compare(input.password, row?.user.passwordHash ?? DUMMY_HASH);
  const success = Boolean(row && ok && row.user.isActive);
  await db.transaction(async (tx) => {
    if (success && row) {
      await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, row.user.id));
    }
    await recordLoginAttempt(tx, { username, ip, success });
    await recordAudit(tx, {
      actor: row ? { id: row.user.id, displayName: row.user.displayName } : null,
      action: success ? "auth.signIn" : "auth.signInFailed",
      entityType: "user",
      entityId: row?.user.id ?? null,
      after: { username },
      ip,
    });
  });
  return success && row ? toSessionUser(row.user, row.departmentName) : null;
}

/** Records a sign-out (next-auth `events.signOut`); the JWT carries who it was. */
export async function recordSignOut(input: { userId: number | null; displayName: string | null }): Promise<void> {
  if (!input.userId) return;
  await recordAudit(db, {
    actor: { id: input.userId, displayName: input.displayName ?? "" },
    action: "auth.signOut",
    entityType: "user",
    entityId: input.userId,
  });
}

/**
 * The signed-in user's own password change: the current password is required, the new one may
 * not be the username. Bumps the session epoch, so every other session of the account ends.
 */
export async function changeOwnPassword(input: {
  actor: Pick<SessionUser, "id" | "displayName">;
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  const [row] = await db.select().from(users).where(eq(users.id, input.actor.id));
  if (!row || !row.isActive) throw new AppError("unauthenticated", "登录已过期,请重新登录");
  if (!(await bcrypt.compare(input.currentPassword, row.passwordHash))) {
    throw new AppError("validation", "当前密码不正确", { currentPassword: ["当前密码不正确"] });
  }
  if (input.newPassword.trim().toLowerCase() === row.username.toLowerCase()) {
    throw new AppError("validation", "新密码不能与用户名相同", { newPassword: ["新密码不能与用户名相同"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionEpoch: sql`${users.sessionEpoch} + 1`,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, row.id), eq(users.version, row.version)))
      .returning({ id: users.id });
    if (!after) throw conflict();
    await recordAudit(tx, {
      actor: input.actor,
      action: "user.changePassword",
      entityType: "user",
      entityId: row.id,
      departmentId: row.departmentId,
      before: { mustChangePassword: row.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
}
