import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { departments, indicators, users, workItems } from "@/db/schema";
import { referencedIds, type AuditEventLike, type AuditNames } from "@/lib/audit/present";

const CHUNK = 1000;

async function lookup<T extends { id: number }>(
  ids: Set<number>,
  query: (ids: number[]) => Promise<T[]>,
  name: (row: T) => string,
) {
  const out = new Map<number, string>();
  const all = [...ids];
  for (let i = 0; i < all.length; i += CHUNK) {
    for (const row of await query(all.slice(i, i + CHUNK))) out.set(row.id, name(row));
  }
  return out;
}

/**
 * The names of the users, departments, items and indicators the given records refer to: only
 * those ids, looked up in a few queries, never the whole tables.
 */
export async function resolveAuditNames(events: AuditEventLike[]): Promise<AuditNames> {
  const ids = referencedIds(events);
  const [u, d, i, ind] = await Promise.all([
    lookup(
      ids.users,
      (list) => db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, list)),
      (r) => r.name,
    ),
    lookup(
      ids.departments,
      (list) =>
        db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, list)),
      (r) => r.name,
    ),
    lookup(
      ids.items,
      (list) =>
        db
          .select({ id: workItems.id, code: workItems.code, title: workItems.title })
          .from(workItems)
          .where(inArray(workItems.id, list)),
      (r) => `${r.code} ${r.title}`,
    ),
    lookup(
      ids.indicators,
      (list) =>
        db.select({ id: indicators.id, name: indicators.name }).from(indicators).where(inArray(indicators.id, list)),
      (r) => r.name,
    ),
  ]);
  return { users: u, departments: d, items: i, indicators: ind };
}
