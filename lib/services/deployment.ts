import "server-only";
import bcrypt from "bcryptjs";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed";
import { auditEvents, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { DEFAULT_ADMIN_DISPLAY_NAME } from "@/lib/i18n/defaults";
import { msg } from "@/lib/i18n/message-ref";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/account";
import { hashPassword } from "./accounts";
import { recordAudit } from "./audit";
import { generateTemporaryPassword } from "./users";

/**
 * Operations on accounts run from the command line by whoever runs the server (no session):
 * the first administrator, removing the demo accounts, and the production start's demo-password check.
 */

const DEMO_USERNAMES = DEMO_USERS.map((u) => u.username);

/**
 * Active accounts that still sign in with the demo password. Only the demo usernames are checked
 * (bcrypt is slow on purpose; checking every account of a city would hold the start for minutes):
 * the seed is the only thing that sets that password, everything else sets a random one or the user's.
 */
export async function activeDemoPasswordAccounts(): Promise<string[]> {
  const rows = await db
    .select({ username: users.username, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.username, DEMO_USERNAMES)))
    .orderBy(users.username);
  const found: string[] = [];
  for (const row of rows) if (await bcrypt.compare(DEMO_PASSWORD, row.passwordHash)) found.push(row.username);
  return found;
}

export const adminCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,40}$/, msg("errors.setup.usernameFormat")),
  displayName: z.string().trim().min(1).max(60).default(DEFAULT_ADMIN_DISPLAY_NAME),
  /** Omitted → a temporary password is generated and returned once. */
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, msg("errors.setup.passwordTooShort", { min: PASSWORD_MIN_LENGTH }))
    .max(200, msg("errors.setup.passwordTooLong"))
    .optional(),
});

/** Creates an administrator who must change the password at first sign-in. */
export async function createAdministrator(input: z.input<typeof adminCreateSchema>) {
  if (input.password === DEMO_PASSWORD) throw new AppError("validation", msg("errors.setup.demoPassword"));
  const parsed = adminCreateSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("validation", parsed.error.issues[0]?.message ?? msg("errors.setup.invalidInput"));
  const { username, displayName } = parsed.data;
  const password = parsed.data.password ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AppError("validation", msg("errors.setup.usernameTaken", { username }));
    const [created] = await tx
      .insert(users)
      .values({ username, displayName, role: "admin", passwordHash, mustChangePassword: true })
      .returning();
    await recordAudit(tx, {
      actor: null,
      action: "user.create",
      entityType: "user",
      entityId: created!.id,
      after: created,
    });
    return { id: created!.id, username, generatedPassword: parsed.data.password ? null : password };
  });
}

/**
 * Deactivates the accounts the demo seed created (ends their sessions). An account an administrator
 * created later under a demo username (say `admin`) is left alone.
 */
export async function removeDemoAccounts(): Promise<string[]> {
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({ id: users.id, username: users.username, departmentId: users.departmentId })
      .from(users)
      .where(and(eq(users.isActive, true), inArray(users.username, DEMO_USERNAMES)));
    if (candidates.length === 0) return [];
    const seeded = await tx
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, "user"),
          inArray(
            auditEvents.entityId,
            candidates.map((c) => String(c.id)),
          ),
          eq(auditEvents.action, "seed.user"),
        ),
      );
    const seededIds = new Set(seeded.map((r) => Number(r.entityId)));
    const removed: string[] = [];
    for (const user of candidates.filter((c) => seededIds.has(c.id))) {
      await tx
        .update(users)
        .set({
          isActive: false,
          sessionEpoch: sql`${users.sessionEpoch} + 1`,
          version: sql`${users.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, user.id));
      await recordAudit(tx, {
        actor: null,
        action: "user.deactivate",
        entityType: "user",
        entityId: user.id,
        departmentId: user.departmentId,
        before: { isActive: true },
        after: { isActive: false },
      });
      removed.push(user.username);
    }
    return removed.sort();
  });
}
