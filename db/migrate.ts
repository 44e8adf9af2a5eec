import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { getConnection } from "./index";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
// Any constant shared by all instances: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 71402023;

/** Applies pending migrations from the one folder both drivers share. */
export async function migrateDatabase(): Promise<void> {
  const { db, driver } = getConnection();
  if (driver === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // A single dedicated connection, so the advisory lock and unlock run in the same session.
  // As the owner when the app itself runs as a role with fewer rights (npm run db:roles).
  const env = getEnv();
  const client = postgres(env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const lockDb = drizzle(client);
  try {
    await lockDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await migratePostgres(lockDb, { migrationsFolder: MIGRATIONS_FOLDER });
    await lockDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  } finally {
    await client.end();
  }
}
