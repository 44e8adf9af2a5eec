import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { db } from "@/db";
import { recoveryCodes, secondFactors } from "@/db/schema";
import { confirmEnrolment, startEnrolment } from "@/lib/services/second-factor";

/**
 * Enrols a user's second factor through the service, as the account page does, starting over if
 * one exists. Returns the secret (the "phone") and the recovery codes.
 */
export async function enrolSecondFactor(user: { id: number; username: string; displayName: string }) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  await db.delete(secondFactors).where(eq(secondFactors.userId, user.id));
  const { secret } = await startEnrolment({ actor: user });
  const { recoveryCodes: codes } = await confirmEnrolment({ actor: user, code: await generate({ secret }) });
  return { secret, recoveryCodes: codes };
}

/** The code the authenticator app shows at `at` (default now). */
export function totpCode(secret: string, at = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
