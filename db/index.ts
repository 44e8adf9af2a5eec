import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

/** Both drivers expose the same query builder; code is written against the postgres-js type. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the client or an open transaction. */
export type Queryable = Db | Tx;

interface Connection {
  db: Db;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /** The embedded database itself (PGlite only), e.g. to dump its data directory. */
  pglite?: PGlite;
}

const globalForDb = globalThis as unknown as { __dubanDb?: Connection; __dubanPgliteData?: Blob };

/** Whether this process has opened its database yet. */
export function isConnected(): boolean {
  return globalForDb.__dubanDb !== undefined;
}

/**
 * Start the embedded database from a dump of another one's data directory (`dumpDataDir`) rather than
 * empty. Tests use it to begin from a migrated and seeded copy; it only applies before the first query.
 */
export function startPgliteFrom(data: Blob): void {
  if (isConnected()) throw new Error("startPgliteFrom: the database is already open");
  globalForDb.__dubanPgliteData = data;
}

export function pgliteDir(): string {
  const env = getEnv();
  if (env.PGLITE_DIR) return env.PGLITE_DIR;
  return path.resolve(env.DATA_DIR, "pglite");
}

/** How long closing may wait for queries in flight (postgres: then its sockets are destroyed). */
export const CLOSE_TIMEOUT_MS = 2000;

function connect(): Connection {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const client = postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
    const close = () => client.end({ timeout: CLOSE_TIMEOUT_MS / 1000 });
    return { db: drizzlePostgres(client, { schema }), driver: "postgres", close };
  }
  const dir = pgliteDir();
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const loadDataDir = globalForDb.__dubanPgliteData;
  globalForDb.__dubanPgliteData = undefined;
  const client = new PGlite(dir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close(), pglite: client };
}

export function getConnection(): Connection {
  globalForDb.__dubanDb ??= connect();
  return globalForDb.__dubanDb;
}

/** The one database client: postgres when DATABASE_URL is set, embedded PGlite otherwise. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getConnection().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/**
 * Closes this process's connection. On PostgreSQL it gives up waiting after `timeoutMs` (a server that
 * stopped answering must not hold up a shutdown; the close goes on in the background). PGlite is awaited
 * to the end: it is local, and a start that follows (scripts/start.ts) must not open its folder early.
 */
export async function closeDb({ timeoutMs = CLOSE_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<void> {
  const conn = globalForDb.__dubanDb;
  globalForDb.__dubanDb = undefined;
  if (!conn) return;
  if (conn.driver === "pglite") return conn.close();
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  try {
    await Promise.race([conn.close(), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of a raw `execute` result, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
