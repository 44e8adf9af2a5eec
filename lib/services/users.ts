import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { departments, users, type User, type UserRole } from "@/db/schema";
import { authorize, managesAccounts, type Actor } from "@/lib/authz";
import { conflict, fieldError, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import type { createUserSchema, updateUserSchema } from "@/lib/validations/admin";
import type { z } from "zod";
import { hashPassword, TEMPORARY_PASSWORD_HOURS } from "./accounts";
import { recordAudit } from "./audit";
import { isAccountLocked, recordLoginAttempt } from "./login-throttle";
import { hasSecondFactor } from "./second-factor";

export interface UserFilters {
  q?: string;
  role?: UserRole;
  departmentId?: number;
  status?: "active" | "inactive";
}

const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  email: users.email,
  phone: users.phone,
  isActive: users.isActive,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
};
export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listUsers({ actor, filters = {} }: { actor: Actor; filters?: UserFilters }) {
  authorize(actor, "user.manage");
  const where: SQL[] = [];
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  if (filters.role) where.push(eq(users.role, filters.role));
  if (filters.departmentId) where.push(eq(users.departmentId, filters.departmentId));
  if (filters.status) where.push(eq(users.isActive, filters.status === "active"));
  return db
    .select(listColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(users.role), asc(users.username))
    .limit(500);
}

export async function getUser({ actor, id }: { actor: Actor; id: number }): Promise<UserRow> {
  authorize(actor, "user.manage");
  const [row] = await db
    .select(listColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id));
  if (!row) throw notFound(msg("errors.users.notFound"));
  return row;
}

/**
 * A temporary password shown once to the admin: unambiguous characters only, always with upper
 * case, lower case and digits (the password rule's three classes).
 */
export function generateTemporaryPassword(): string {
  const groups = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789"];
  const alphabet = groups.join("");
  const chars = [
    ...groups.map((g) => g[randomInt(g.length)]!),
    ...Array.from({ length: 9 }, () => alphabet[randomInt(alphabet.length)]!),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

function temporaryPasswordExpiry(): Date {
  return new Date(Date.now() + TEMPORARY_PASSWORD_HOURS * 3600_000);
}

async function assertDepartmentExists(tx: Tx, departmentId: number | null) {
  if (departmentId == null) return;
  const [dept] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!dept) throw fieldError("departmentId", msg("errors.departments.selectedNotFound"));
}

/** Refuses when `userId` is the last active admin (locks the admin rows so two admins cannot race). */
async function assertNotLastAdmin(tx: Tx, userId: number, message: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isActive, true)))
    .for("update");
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) throw invalidState(message);
}

async function loadForUpdate(tx: Tx, id: number): Promise<User> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound(msg("errors.users.notFound"));
  return row;
}

async function writeUser(tx: Tx, id: number, expectedVersion: number, values: Partial<User>, bumpEpoch: boolean) {
  const [after] = await tx
    .update(users)
    .set({
      ...values,
      ...(bumpEpoch ? { sessionEpoch: sql`${users.sessionEpoch} + 1` } : {}),
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning();
  if (!after) throw conflict();
  return after;
}

/** Creates an account with a temporary password the user must change at first sign-in. */
export async function createUser({ actor, input }: { actor: Actor; input: z.output<typeof createUserSchema> }) {
  authorize(actor, "user.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw fieldError("username", msg("errors.users.usernameTaken"));
    await assertDepartmentExists(tx, input.departmentId);
    const [created] = await tx
      .insert(users)
      .values({ ...input, passwordHash, mustChangePassword: true, passwordExpiresAt: temporaryPasswordExpiry() })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entityType: "user",
      entityId: created!.id,
      departmentId: created!.departmentId,
      after: created,
    });
    return { id: created!.id, username: created!.username, temporaryPassword };
  });
}

/** Edits name, role, department and contacts. A role change ends the user's sessions. */
export async function updateUser({ actor, input }: { actor: Actor; input: z.output<typeof updateUserSchema> }) {
  authorize(actor, "user.manage");
  const { id, version, ...values } = input;
  return db.transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    await assertDepartmentExists(tx, values.departmentId);
    if (managesAccounts(before.role) && !managesAccounts(values.role)) {
      await assertNotLastAdmin(tx, id, msg("errors.users.lastAdminRole"));
    }
    const after = await writeUser(tx, id, version, values, before.role !== values.role);
    await recordAudit(tx, {
      actor,
      action: "user.update",
      entityType: "user",
      entityId: id,
      departmentId: after.departmentId,
      before,
      after,
    });
    return { id, version: after.version };
  });
}

/** Deactivates (ends every session at once) or reactivates an account. */
export async function setUserActive({
  actor,
  id,
  version,
  active,
}: {
  actor: Actor;
  id: number;
  version: number;
  active: boolean;
}) {
  authorize(actor, "user.manage");
  return db.transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    if (!active) {
      if (id === actor.id) throw invalidState(msg("errors.users.deactivateSelf"));
      if (managesAccounts(before.role)) await assertNotLastAdmin(tx, id, msg("errors.users.lastAdminDeactivate"));
    }
    const after = await writeUser(tx, id, version, { isActive: active }, !active);
    await recordAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      departmentId: after.departmentId,
      before: { isActive: before.isActive },
      after: { isActive: after.isActive },
    });
    return { id, version: after.version };
  });
}

/** Sets a new temporary password (returned once) that must be changed at next sign-in. */
export async function resetUserPassword({ actor, id, version }: { actor: Actor; id: number; version: number }) {
  authorize(actor, "user.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    const after = await writeUser(
      tx,
      id,
      version,
      { passwordHash, mustChangePassword: true, passwordExpiresAt: temporaryPasswordExpiry() },
      true,
    );
    await recordAudit(tx, {
      actor,
      action: "user.resetPassword",
      entityType: "user",
      entityId: id,
      departmentId: after.departmentId,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true },
    });
    return { id, version: after.version, temporaryPassword };
  });
}

/**
 * Lifts a sign-in lock before its 15 minutes are up (the owner called the admin). Recorded as a
 * successful attempt for the account, which restarts its failure count.
 */
export async function unlockUser({ actor, id }: { actor: Actor; id: number }) {
  authorize(actor, "user.manage");
  return db.transaction(async (tx) => {
    const user = await loadForUpdate(tx, id);
    await recordLoginAttempt(tx, { username: user.username, ip: null, success: true });
    await recordAudit(tx, {
      actor,
      action: "user.unlock",
      entityType: "user",
      entityId: id,
      departmentId: user.departmentId,
      after: { username: user.username },
    });
    return { id };
  });
}

/** For the admin's user page: whether the account has a second factor and is locked out now. */
export async function getUserSecurity({ actor, id }: { actor: Actor; id: number }) {
  authorize(actor, "user.manage");
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, id));
  if (!user) throw notFound(msg("errors.users.notFound"));
  return { secondFactor: await hasSecondFactor(db, id), locked: await isAccountLocked(db, user.username) };
}
