import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/db";
import { loginAttempts } from "@/db/schema";
import { TIME_ZONE } from "@/lib/clock";
import { msg } from "@/lib/i18n/message-ref";

/** Failed attempts allowed per account within the window before it is locked. */
export const MAX_FAILURES = 5;
/**
 * Failed attempts allowed per source address within the window. Looser than per account: a whole
 * office behind one NAT shares an address, and one person's typos must not lock out the rest.
 */
export const MAX_ADDRESS_FAILURES = 50;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Wait after the n-th consecutive failure of an account (before the lock): 0, 1, 2, 4 … seconds. */
export function failureDelayMs(failures: number): number {
  return failures < 2 ? 0 : Math.min(2 ** (failures - 2), 60) * 1000;
}

/** The time of day a lock ends, as HH:mm in Shanghai (the same in every language). */
const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * Recent failures of a key, newest first. For an account only failures since its last success
 * (or admin unlock) count; for an address every failure in the window counts (one success must
 * not reopen a spraying source).
 */
async function recentFailures(
  q: Queryable,
  by: "username" | "ip",
  key: string,
  now: Date,
  limit: number,
): Promise<Date[]> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const column = by === "username" ? loginAttempts.username : loginAttempts.ip;
  const recent = await q
    .select({ success: loginAttempts.success, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(column, key), gt(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .limit(limit + 20);
  const failures: Date[] = [];
  for (const attempt of recent) {
    if (attempt.success) {
      if (by === "username") break;
      continue;
    }
    failures.push(attempt.createdAt);
  }
  return failures;
}

/** When the account may try again: locked after MAX_FAILURES, a growing wait before that. */
async function accountRetryAt(q: Queryable, username: string, now: Date): Promise<Date | null> {
  const failures = await recentFailures(q, "username", username, now, MAX_FAILURES);
  if (failures.length >= MAX_FAILURES) {
    // The lock lifts when the MAX_FAILURES-th most recent failure leaves the window.
    return new Date(failures[MAX_FAILURES - 1]!.getTime() + THROTTLE_WINDOW_MS);
  }
  const wait = failureDelayMs(failures.length);
  if (wait === 0) return null;
  const at = new Date(failures[0]!.getTime() + wait);
  return at > now ? at : null;
}

async function addressRetryAt(q: Queryable, ip: string, now: Date): Promise<Date | null> {
  const failures = await recentFailures(q, "ip", ip, now, MAX_ADDRESS_FAILURES);
  if (failures.length < MAX_ADDRESS_FAILURES) return null;
  return new Date(failures[MAX_ADDRESS_FAILURES - 1]!.getTime() + THROTTLE_WINDOW_MS);
}

/** The later of the account's and the address's retry times, or null when sign-in may proceed. */
export async function throttledUntil(
  q: Queryable,
  input: { username: string; ip?: string | null },
  now = new Date(),
): Promise<Date | null> {
  const account = await accountRetryAt(q, input.username, now);
  const address = input.ip ? await addressRetryAt(q, input.ip, now) : null;
  if (!account) return address;
  if (!address) return account;
  return account > address ? account : address;
}

/** Whether the account is locked (MAX_FAILURES recent failures), as opposed to a short wait. */
export async function isAccountLocked(q: Queryable, username: string, now = new Date()): Promise<boolean> {
  return (await recentFailures(q, "username", username, now, MAX_FAILURES)).length >= MAX_FAILURES;
}

export async function recordLoginAttempt(
  q: Queryable,
  input: { username: string; ip?: string | null; success: boolean; now?: Date },
): Promise<void> {
  await q.insert(loginAttempts).values({
    username: input.username,
    ip: input.ip ?? null,
    success: input.success,
    ...(input.now ? { createdAt: input.now } : {}),
  });
}

/** The message (a ref) shown on a refused attempt; the same whether or not the username exists. */
export function throttleMessage(until: Date, now = new Date()): string {
  const ms = until.getTime() - now.getTime();
  if (ms < 60_000) return msg("errors.account.tooManyAttempts", { seconds: Math.max(1, Math.ceil(ms / 1000)) });
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return msg("errors.account.lockedUntil", { time: timeFormatter.format(until), minutes });
}
