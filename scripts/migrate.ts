/** `npm run db:migrate`: apply migrations and the idempotent seed, then exit. */
import { closeDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

async function main(): Promise<void> {
  await migrateDatabase();
  await seedDatabase();
  await closeDb();
  console.log("数据库已就绪 (database ready)");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
