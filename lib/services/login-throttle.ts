import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/db";
import { loginAttempts } from "@/db/schema";
import { TIME_ZONE } from "@/lib/clock";

/** Failed attempts allowed per account, and per source address, within the window. */
export const MAX_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

const timeFormatter = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/**
 * When the key may try again, or null when it may try now. Kept in the database so the limit
 * holds across app instances. For an account only failures since its last success count; for an
 * address every failure in the window counts (one success must not reopen a spraying source).
 */
async function retryAt(q: Queryable, by: "username" | "ip", key: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const column = by === "username" ? loginAttempts.username : loginAttempts.ip;
  const recent = await q
    .select({ success: loginAttempts.success, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(column, key), gt(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .limit(100);
  const failures: Date[] = [];
  for (const attempt of recent) {
    if (attempt.success) {
      if (by === "username") break;
      continue;
    }
    failures.push(attempt.createdAt);
  }
  if (failures.length < MAX_FAILURES) return null;
  // The lock lifts when the MAX_FAILURES-th most recent failure leaves the window.
  return new Date(failures[MAX_FAILURES - 1]!.getTime() + THROTTLE_WINDOW_MS);
}

/** The later of the account's and the address's retry times, or null when sign-in may proceed. */
export async function throttledUntil(
  q: Queryable,
  input: { username: string; ip?: string | null },
  now = new Date(),
): Promise<Date | null> {
  const account = await retryAt(q, "username", input.username, now);
  const address = input.ip ? await retryAt(q, "ip", input.ip, now) : null;
  if (!account) return address;
  if (!address) return account;
  return account > address ? account : address;
}

export async function recordLoginAttempt(
  q: Queryable,
  input: { username: string; ip?: string | null; success: boolean },
): Promise<void> {
  await q.insert(loginAttempts).values({ username: input.username, ip: input.ip ?? null, success: input.success });
}

/** The message shown on a refused attempt; the same whether or not the username exists. */
export function throttleMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `登录失败次数过多,请于 ${timeFormatter.format(until)}(约 ${minutes} 分钟后)再试`;
}
