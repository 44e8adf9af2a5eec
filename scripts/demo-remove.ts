/** npm run demo:remove — deactivates the accounts the demo seed created (each one audited). */
import { closeDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { removeDemoAccounts } from "@/lib/services/deployment";

async function main(): Promise<void> {
  await migrateDatabase();
  try {
    const removed = await removeDemoAccounts();
    console.log(
      removed.length > 0
        ? `已停用演示账号 (demo accounts deactivated): ${removed.join(", ")}`
        : "没有在用的演示账号 (no active demo accounts)",
    );
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
