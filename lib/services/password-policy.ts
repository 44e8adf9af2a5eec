import "server-only";
import bcrypt from "bcryptjs";
import { desc, eq } from "drizzle-orm";
import { dictionary } from "@zxcvbn-ts/language-common";
import type { Queryable } from "@/db";
import { passwordHistory } from "@/db/schema";
import { fieldError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { meetsPasswordRule, PASSWORD_RULE_MESSAGE } from "@/lib/validations/password-rules";

/** A new password may not repeat the current one or any of this many before it. */
export const PASSWORD_HISTORY_SIZE = 5;

let common: Set<string> | undefined;
/** The zxcvbn-ts list of ~50,000 passwords most often found in breaches (lower case). */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"]);
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

function refuse(message: string): never {
  throw fieldError("newPassword", message);
}

/**
 * Checks a password a person chose (not a generated one): length and character classes, not a
 * common password, not the username, not one of the last PASSWORD_HISTORY_SIZE passwords.
 * `currentHash` is the password being replaced; earlier ones come from password_history.
 */
export async function assertAcceptablePassword(
  q: Queryable,
  input: { userId: number; username: string; password: string; currentHash: string },
): Promise<void> {
  const { password } = input;
  const lower = password.toLowerCase();
  const username = input.username.toLowerCase();
  if (lower.trim() === username) refuse(msg("errors.password.sameAsUsername"));
  if (username.length >= 4 && lower.includes(username)) refuse(msg("errors.password.containsUsername"));
  if (!meetsPasswordRule(password)) refuse(msg("errors.password.rule", { rule: PASSWORD_RULE_MESSAGE }));
  if (isCommonPassword(password)) refuse(msg("errors.password.common"));
  const earlier = await q
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, input.userId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(PASSWORD_HISTORY_SIZE - 1);
  for (const hash of [input.currentHash, ...earlier.map((e) => e.hash)]) {
    if (await bcrypt.compare(password, hash)) refuse(msg("errors.password.reused", { count: PASSWORD_HISTORY_SIZE }));
  }
}

/** Keeps the replaced password's hash for the history check (call in the change's transaction). */
export async function rememberPassword(q: Queryable, input: { userId: number; passwordHash: string }): Promise<void> {
  await q.insert(passwordHistory).values(input);
}
