import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { dataVersion } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { canonicalJson } from "@/lib/format/canonical-json";

/**
 * Shared aggregates (the board's counts, the ranking, the homes' totals) are the same for every user
 * who asks the same question, and the plan data changes far less often than it is read. They are kept
 * in this process, keyed on the question and on the committed data version, which every transaction
 * that changes a table the pages read moves forward at its commit (migration 0013). A cached answer is
 * used only while the version it was computed under is still current, so no answer is older than the
 * last commit:
 *
 * - the version is read before the answer is computed, and the answer's queries see at least that
 *   commit; a commit in between makes the next reader find a newer version and compute afresh;
 * - concurrent askers of the same question share one computation (the entry holds the promise);
 * - a failed computation is dropped, not cached.
 *
 * Permission checks stay outside: callers authorise first and put the actor's scope in the key.
 * `DATA_CACHE=off` turns the cache off.
 */

interface Entry {
  version: number | string;
  value: Promise<unknown>;
}

/**
 * Entries kept per group, least recently used dropped first: answers (small: counts, a page of rows)
 * enough for every filter combination in use at once; files (an export, a few MB each) a handful.
 */
const GROUPS = { answers: 200, files: 4 } as const;
type CacheGroup = keyof typeof GROUPS;

const groups: Record<CacheGroup, Map<string, Entry>> = { answers: new Map(), files: new Map() };

/** The committed data version (one indexed read of a one-row table). */
export async function readDataVersion(): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return Number(row?.version ?? 0);
}

export function dataCacheEnabled(): boolean {
  return getEnv().DATA_CACHE === "on";
}

/**
 * `compute()`'s answer for `key`, reused while the data version it was computed under is current
 * (`readVersion`: the plan data's version unless the answer reads other tables, such as the audit trail).
 * The answer is shared between callers: they must not change it.
 */
export async function versioned<T>(
  key: string,
  compute: () => Promise<T>,
  group: CacheGroup = "answers",
  readVersion: () => Promise<number | string> = readDataVersion,
): Promise<T> {
  if (!dataCacheEnabled()) return compute();
  const entries = groups[group];
  const version = await readVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  const entry: Entry = { version, value };
  entries.set(key, entry);
  value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  while (entries.size > GROUPS[group]) entries.delete(entries.keys().next().value!);
  return value;
}

/** A cache key from a name and the parts of a question (JSON, object keys sorted, undefined left out). */
export function cacheKey(name: string, ...parts: unknown[]): string {
  return `${name}:${canonicalJson(parts)}`;
}

let verifiedFresh: { version: number; today: string } | null = null;

/**
 * Runs `refresh` (bring the stored health up to date for `today`) unless the data version and the
 * day are those it last found nothing to do for: nothing that could leave work for it (a write, a
 * mark, a settings change) has been committed since.
 */
export async function unlessFresh(
  today: string,
  refresh: () => Promise<{ items: number; plans: number }>,
): Promise<{ items: number; plans: number }> {
  if (!dataCacheEnabled()) return refresh();
  const before = await readDataVersion();
  if (verifiedFresh?.version === before && verifiedFresh.today === today) return { items: 0, plans: 0 };
  const result = await refresh();
  if (result.items === 0 && result.plans === 0 && (await readDataVersion()) === before) {
    verifiedFresh = { version: before, today };
  }
  return result;
}
