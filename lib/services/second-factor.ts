import "server-only";
import { createHash, randomInt } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { db, type Queryable } from "@/db";
import { recoveryCodes, secondFactors, users } from "@/db/schema";
import { seal, unseal } from "@/lib/auth/secret-box";
import { authorize, type Actor } from "@/lib/authz";
import { getEnv } from "@/lib/env";
import { AppError, conflict, fieldError, invalidState, notFound } from "@/lib/errors";
import { TOTP_ISSUER } from "@/lib/i18n/defaults";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";

export const RECOVERY_CODE_COUNT = 10;
/** Codes from the previous and next 30-second step are accepted (clock drift, typing time). */
const EPOCH_TOLERANCE_SECONDS = 30;

type Who = Pick<Actor, "id" | "displayName">;

/** Whether the role must sign in with a second factor (MFA_REQUIRED_ROLES). */
export function isSecondFactorRequired(role: string): boolean {
  return (getEnv().MFA_REQUIRED_ROLES as string[]).includes(role);
}

/**
 * Whether the user of a `users` row has a second factor, as a column of a query on `users`. A factor
 * counts once its enrolment is confirmed (enabled_at set), not while it is being set up.
 */
export const hasSecondFactorColumn = sql<boolean>`exists (select 1 from ${secondFactors}
  where ${secondFactors.userId} = ${users.id} and ${secondFactors.enabledAt} is not null)`.mapWith(Boolean);

export async function hasSecondFactor(q: Queryable, userId: number): Promise<boolean> {
  const [row] = await q.select({ has: hasSecondFactorColumn }).from(users).where(eq(users.id, userId));
  return row?.has ?? false;
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, "").toLowerCase();
}
/** xxxxx-xxxxx from an unambiguous alphabet: about 50 bits each, so a fast hash is enough. */
function generateRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export interface EnrolmentStart {
  /** data: URL of a PNG QR code for authenticator apps. */
  qrCode: string;
  /** The same secret as text, for typing into an app that cannot scan. */
  secret: string;
}

/** Starts (or restarts) enrolment: a new secret is kept pending until a code confirms it. */
export async function startEnrolment({
  actor,
}: {
  actor: Pick<Actor, "id"> & { username: string };
}): Promise<EnrolmentStart> {
  if (await hasSecondFactor(db, actor.id)) throw invalidState(msg("errors.secondFactor.alreadyEnabled"));
  const secret = generateSecret();
  await db
    .insert(secondFactors)
    .values({ userId: actor.id, pendingSecret: seal(secret) })
    .onConflictDoUpdate({ target: secondFactors.userId, set: { pendingSecret: seal(secret), updatedAt: new Date() } });
  const uri = generateURI({ issuer: TOTP_ISSUER, label: actor.username, secret });
  return { qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }), secret };
}

async function checkTotp(secret: string, code: string, afterTimeStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(afterTimeStep != null ? { afterTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Confirms enrolment with a code from the app; returns the recovery codes, shown once. */
export async function confirmEnrolment({
  actor,
  code,
}: {
  actor: Who;
  code: string;
}): Promise<{ recoveryCodes: string[] }> {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, actor.id));
  if (!row?.pendingSecret) throw invalidState(msg("errors.secondFactor.generateFirst"));
  const secret = unseal(row.pendingSecret);
  const step = await checkTotp(secret, code.trim(), null);
  if (step == null)
    throw new AppError("validation", msg("errors.secondFactor.wrongCodeHint"), {
      code: [msg("errors.secondFactor.wrongCode")],
    });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(secondFactors)
      .set({
        secret: row.pendingSecret,
        pendingSecret: null,
        enabledAt: new Date(),
        lastUsedStep: step,
        updatedAt: new Date(),
      })
      .where(and(eq(secondFactors.userId, actor.id), eq(secondFactors.pendingSecret, row.pendingSecret!)))
      .returning({ userId: secondFactors.userId });
    if (!updated) throw conflict(msg("errors.secondFactor.qrReplaced"));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c) })));
    await recordAudit(tx, { actor, action: "user.secondFactorEnrol", entityType: "user", entityId: actor.id });
  });
  return { recoveryCodes: codes };
}

/**
 * Checks a sign-in code: a 6-digit TOTP code (each accepted once) or an unused recovery code
 * (then spent). Returns how it was satisfied, or null when wrong.
 */
export async function verifySecondFactor(
  q: Queryable,
  input: { userId: number; code: string },
): Promise<"totp" | "recovery" | null> {
  const code = input.code.trim();
  const [row] = await q.select().from(secondFactors).where(eq(secondFactors.userId, input.userId));
  if (!row?.secret || !row.enabledAt) return null;
  if (/^\d{6}$/.test(code)) {
    const step = await checkTotp(unseal(row.secret), code, row.lastUsedStep);
    if (step == null) return null;
    const [used] = await q
      .update(secondFactors)
      .set({ lastUsedStep: step })
      .where(and(eq(secondFactors.userId, input.userId), eq(secondFactors.secret, row.secret)))
      .returning({ userId: secondFactors.userId });
    return used ? "totp" : null;
  }
  const [spent] = await q
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, input.userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent ? "recovery" : null;
}

/** How many recovery codes are left, for the account page. */
export async function getSecondFactorStatus(userId: number): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const enabled = await hasSecondFactor(db, userId);
  if (!enabled) return { enabled, recoveryCodesLeft: 0 };
  const left = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { enabled, recoveryCodesLeft: left.length };
}

async function removeFactor(q: Queryable, userId: number): Promise<void> {
  await q.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await q.delete(secondFactors).where(eq(secondFactors.userId, userId));
}

/** The user turns the second factor off (only where it is not required), confirming with a code. */
export async function disableOwnSecondFactor({
  actor,
  role,
  code,
}: {
  actor: Who;
  role: string;
  code: string;
}): Promise<void> {
  if (isSecondFactorRequired(role)) throw invalidState(msg("errors.secondFactor.requiredForRole"));
  await db.transaction(async (tx) => {
    if (!(await verifySecondFactor(tx, { userId: actor.id, code }))) {
      throw fieldError("code", msg("errors.secondFactor.wrongCode"));
    }
    await removeFactor(tx, actor.id);
    await recordAudit(tx, { actor, action: "user.secondFactorDisable", entityType: "user", entityId: actor.id });
  });
}

/**
 * An admin removes a user's second factor (lost phone and codes); the user's sessions end, and a
 * user whose role requires one enrols again at next sign-in.
 */
export async function resetSecondFactor({ actor, id, version }: { actor: Actor; id: number; version: number }) {
  authorize(actor, "user.manage");
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id));
    if (!user) throw notFound(msg("errors.users.notFound"));
    if (!(await hasSecondFactor(tx, id))) throw invalidState(msg("errors.secondFactor.notEnabled"));
    const [after] = await tx
      .update(users)
      .set({ sessionEpoch: user.sessionEpoch + 1, version: user.version + 1, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning({ version: users.version });
    if (!after) throw conflict();
    await removeFactor(tx, id);
    await recordAudit(tx, {
      actor,
      action: "user.secondFactorReset",
      entityType: "user",
      entityId: id,
      departmentId: user.departmentId,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
    return { id, version: after.version };
  });
}
