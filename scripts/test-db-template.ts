/**
 * Test support, run once per `vitest run` by vitest.global-setup.ts: migrate and seed one database, so
 * each test file starts from a copy instead of migrating and seeding its own (about 4 s a file).
 *   PGlite:     tsx --conditions=react-server scripts/test-db-template.ts OUT_FILE   (PGLITE_DIR=memory://)
 *   PostgreSQL: DATABASE_URL=…/template_db tsx --conditions=react-server scripts/test-db-template.ts
 */
import { writeFileSync } from "node:fs";
import { closeDb, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

async function main(): Promise<void> {
  await migrateDatabase();
  await seedDatabase();
  const { pglite } = getConnection();
  const out = process.argv[2];
  if (pglite && out) {
    const dump = await pglite.dumpDataDir("none");
    writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
  }
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
