import { randomUUID } from "node:crypto";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";

let ready: Promise<void> | undefined;

/**
 * For service tests: PGlite in memory (one per test file) unless DATABASE_URL points at a
 * PostgreSQL test database; migrated and seeded with the demo directory and accounts.
 */
export function setupTestDatabase(): Promise<void> {
  ready ??= (async () => {
    await migrateDatabase();
    await seedDatabase();
  })();
  return ready;
}

/** A name no other test uses, so tests never collide on unique columns. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
