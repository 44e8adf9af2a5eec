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
}

const globalForDb = globalThis as unknown as { __dubanDb?: Connection };

export function pgliteDir(): string {
  const env = getEnv();
  if (env.PGLITE_DIR) return env.PGLITE_DIR;
  return path.resolve(env.DATA_DIR, "pglite");
}

function connect(): Connection {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const client = postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres(client, { schema }), driver: "postgres", close: () => client.end() };
  }
  const dir = pgliteDir();
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close() };
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

export async function closeDb(): Promise<void> {
  const conn = globalForDb.__dubanDb;
  globalForDb.__dubanDb = undefined;
  await conn?.close();
}

/** Rows of a raw `execute` result, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
