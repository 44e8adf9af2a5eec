import "server-only";
import bcrypt from "bcryptjs";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { departments, users, userSessions, type User } from "@/db/schema";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals";
import { AppError, conflict, fieldError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";
import { isAccountLocked, recordLoginAttempt, throttleMessage, throttledUntil } from "./login-throttle";
import { notifyUsers } from "./notifications";
import { assertAcceptablePassword, rememberPassword } from "./password-policy";
import { hasSecondFactor, hasSecondFactorColumn, isSecondFactorRequired, verifySecondFactor } from "./second-factor";
import { isOpenSession } from "./sessions";

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
  /** The role requires a second factor and the user has none yet: enrol before anything else. */
  mustEnrolSecondFactor: boolean;
  sessionEpoch: number;
}

/** The user's row, unit name and whether a second factor is enabled: one statement. */
const sessionUserColumns = {
  user: users,
  departmentName: departments.name,
  hasFactor: hasSecondFactorColumn,
};

export async function getSessionUserById(id: number): Promise<SessionUser | null> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .limit(1);
  if (!row || !row.user.isActive) return null;
  return toSessionUser(row.user, row.departmentName, row.hasFactor);
}

/**
 * The user of a signed-in session, or null when the session is not open (sessions.ts) or the account
 * inactive: what every page asks first, so one statement rather than three.
 */
export async function getUserOfSession(input: {
  sessionId: string;
  userId: number;
  now?: Date;
}): Promise<SessionUser | null> {
  const [row] = await db
    .select({ ...sessionUserColumns, expiresAt: userSessions.expiresAt, revokedAt: userSessions.revokedAt })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.id, input.sessionId), eq(userSessions.userId, users.id)))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!row || !row.user.isActive || !isOpenSession(row, input.now ?? new Date())) return null;
  return toSessionUser(row.user, row.departmentName, row.hasFactor);
}

function toSessionUser(user: User, departmentName: string | null, hasFactor: boolean): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    departmentName,
    mustChangePassword: user.mustChangePassword,
    mustEnrolSecondFactor: !hasFactor && isSecondFactorRequired(user.role),
    sessionEpoch: user.sessionEpoch,
  };
}

// Compared against when the username is unknown, so timing does not reveal which usernames exist.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.gJ1z2ZzH3iN6bI0XrZ2b1Y7YQ4Ge";

/** How long a temporary password (new account, admin reset) can be used. */
export const TEMPORARY_PASSWORD_HOURS = 72;

async function refuseIfThrottled(username: string, ip: string | null, now: Date): Promise<void> {
  const until = await throttledUntil(db, { username, ip }, now);
  if (!until) return;
  await recordAudit(db, {
    actor: null,
    action: "auth.signInThrottled",
    entityType: "user",
    after: { username, retryAt: until },
    ip,
  });
  throw new AppError("throttled", throttleMessage(until, now));
}

/** Records a failed attempt; tells the account's owner when this failure locked the account. */
async function recordFailure(input: {
  user: User | null;
  username: string;
  ip: string | null;
  now: Date;
  reason?: string;
}): Promise<void> {
  const { user, username, ip, now } = input;
  await db.transaction(async (tx) => {
    const wasLocked = await isAccountLocked(tx, username, now);
    await recordLoginAttempt(tx, { username, ip, success: false, now });
    await recordAudit(tx, {
      actor: user ? { id: user.id, displayName: user.displayName } : null,
      action: "auth.signInFailed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: { username, ...(input.reason ? { reason: input.reason } : {}) },
      ip,
    });
    if (user && !wasLocked && (await isAccountLocked(tx, username, now))) {
      await recordAudit(tx, {
        actor: null,
        action: "auth.accountLocked",
        entityType: "user",
        entityId: user.id,
        after: { username },
        ip,
      });
      await notifyUsers(tx, [user.id], {
        kind: "account.locked",
        link: "/account",
      });
    }
  });
}

/**
 * Checks a username and password, and the second-factor code when the account has one; records
 * the attempt (login_attempts and audit). Returns the user or null. Throws a "throttled" AppError
 * with the retry time after too many failures for the account or the address — the same for
 * unknown usernames, so nothing reveals which exist. With the right password but no code for an
 * account that has a second factor, throws SECOND_FACTOR_REQUIRED (a wrong code counts as a failure).
 */
export async function verifyCredentials(input: {
  username: string;
  password: string;
  code?: string | null;
  ip?: string | null;
  now?: Date;
}): Promise<SessionUser | null> {
  const username = input.username.trim();
  const ip = input.ip ?? null;
  const now = input.now ?? new Date();
  await refuseIfThrottled(username, ip, now);
  const [row] = await db
    .select({ user: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.username, username))
    .limit(1);
  const ok = await bcrypt.compare(input.password, row?.user.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || !row.user.isActive) {
    await recordFailure({ user: row?.user ?? null, username, ip, now });
    return null;
  }
  const user = row.user;
  if (user.mustChangePassword && user.passwordExpiresAt && user.passwordExpiresAt <= now) {
    await recordAudit(db, {
      actor: { id: user.id, displayName: user.displayName },
      action: "auth.signInFailed",
      entityType: "user",
      entityId: user.id,
      after: { username, reason: "temporaryPasswordExpired" },
      ip,
    });
    throw new AppError(
      "forbidden",
      msg("errors.account.temporaryPasswordExpired", { hours: TEMPORARY_PASSWORD_HOURS }),
    );
  }
  const hasFactor = await hasSecondFactor(db, user.id);
  if (hasFactor) {
    const code = input.code?.trim();
    if (!code) throw new AppError("unauthenticated", SECOND_FACTOR_REQUIRED);
    const how = await verifySecondFactor(db, { userId: user.id, code });
    if (!how) {
      await recordFailure({ user, username, ip, now, reason: "secondFactor" });
      throw new AppError("unauthenticated", msg("errors.secondFactor.wrongCode"));
    }
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await recordLoginAttempt(tx, { username, ip, success: true, now });
    await recordAudit(tx, {
      actor: { id: user.id, displayName: user.displayName },
      action: "auth.signIn",
      entityType: "user",
      entityId: user.id,
      after: { username },
      ip,
    });
  });
  return toSessionUser(user, row.departmentName, hasFactor);
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
 * The signed-in user's own password change: the current password is required (wrong ones count
 * towards the sign-in throttle), and the new one must pass the password policy. Bumps the session
 * epoch, so every other session of the account ends.
 */
export async function changeOwnPassword(input: {
  actor: Pick<SessionUser, "id" | "displayName">;
  currentPassword: string;
  newPassword: string;
  ip?: string | null;
}): Promise<void> {
  const [row] = await db.select().from(users).where(eq(users.id, input.actor.id));
  if (!row || !row.isActive) throw new AppError("unauthenticated", msg("errors.common.sessionExpired"));
  const now = new Date();
  const ip = input.ip ?? null;
  await refuseIfThrottled(row.username, ip, now);
  if (!(await bcrypt.compare(input.currentPassword, row.passwordHash))) {
    await recordFailure({ user: row, username: row.username, ip, now, reason: "changePassword" });
    throw fieldError("currentPassword", msg("errors.account.wrongCurrentPassword"));
  }
  await assertAcceptablePassword(db, {
    userId: row.id,
    username: row.username,
    password: input.newPassword,
    currentHash: row.passwordHash,
  });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordExpiresAt: null,
        sessionEpoch: sql`${users.sessionEpoch} + 1`,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, row.id), eq(users.version, row.version)))
      .returning({ id: users.id });
    if (!after) throw conflict();
    await rememberPassword(tx, { userId: row.id, passwordHash: row.passwordHash });
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
