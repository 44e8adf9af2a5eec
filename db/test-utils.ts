import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { isConnected, startPgliteFrom } from "./index";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";

let ready: Promise<void> | undefined;

/**
 * For service tests: PGlite in memory (one per test file) unless DATABASE_URL points at a
 * PostgreSQL test database; migrated and seeded with the demo directory and accounts. The run's
 * global setup migrated and seeded one database already (vitest.global-setup.ts): a file that has not
 * opened its database yet starts from a copy of that one.
 */
export function setupTestDatabase(): Promise<void> {
  ready ??= (async () => {
    const template = inject("testDbTemplate");
    if (template && !isConnected()) {
      await startFromTemplate(template);
      return;
    }
    await migrateDatabase();
    await seedDatabase();
  })();
  return ready;
}

async function startFromTemplate(template: string): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    startPgliteFrom(new Blob([readFileSync(template)]));
    return;
  }
  // This file's database (vitest.setup.ts) is still empty and unused: make it again as a copy.
  const name = new URL(url).pathname.slice(1);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
}

/** A name no other test uses, so tests never collide on unique columns. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
