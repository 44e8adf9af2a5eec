import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db";

export const HEALTH_TIMEOUT_MS = 1500;

export type SystemHealth = { ok: true; migrations: number } | { ok: false };

/**
 * One database round trip: how many migrations are applied. Gives up after `timeoutMs`, so a load
 * balancer hears "unavailable" within 2 s even when the database does not answer at all.
 */
export async function checkSystemHealth(timeoutMs = HEALTH_TIMEOUT_MS): Promise<SystemHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SystemHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false }), timeoutMs);
  });
  const query = db
    .execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
    .then((result): SystemHealth => ({ ok: true, migrations: Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0) }))
    .catch((): SystemHealth => ({ ok: false }));
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
