/**
 * `npm run health:check [-- --today YYYY-MM-DD]`: brings the stored health (item_health) up to date
 * the way pages do, recomputes every dispatched item from its sources by the rules of lib/health, and
 * lists each stored value that differs. Exit code 0 when none does, 1 otherwise. On PGlite stop the
 * app first (one process per data folder).
 */
import { closeDb } from "@/db";
import { today } from "@/lib/clock";
import { checkHealthDrift } from "@/lib/services/health-drift";

async function main(): Promise<void> {
  const at = process.argv.indexOf("--today");
  const day = at > 0 ? process.argv[at + 1]! : today();
  const startedAt = performance.now();
  const { checked, drift } = await checkHealthDrift({ today: day });
  await closeDb();
  const ms = Math.round(performance.now() - startedAt);
  for (const d of drift.slice(0, 50))
    console.log(
      `item ${d.workItemId} ${d.field}: stored ${JSON.stringify(d.stored)}, computed ${JSON.stringify(d.computed)}`,
    );
  console.log(`health check ${day}: ${checked} items, ${drift.length} differences (${ms} ms)`);
  process.exit(drift.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
