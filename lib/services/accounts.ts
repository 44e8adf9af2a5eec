import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { departments, users, type User } from "@/db/schema";
import { recordAudit } from "./audit";

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

/** Checks a username and password; records the attempt. Returns the user or null. */
export async function verifyCredentials(input: {
  username: string;
  password: string;
  ip?: string | null;
}): Promise<SessionUser | null> {
  const username = input.username.trim();
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
    await recordAudit(tx, {
      actor: row ? { id: row.user.id, displayName: row.user.displayName } : null,
      action: success ? "auth.signIn" : "auth.signInFailed",
      entityType: "user",
      entityId: row?.user.id ?? null,
      after: { username },
      ip: input.ip ?? null,
    });
  });
  return success && row ? toSessionUser(row.user, row.departmentName) : null;
}
