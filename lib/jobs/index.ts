import "server-only";
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { getConnection } from "@/db";
import { today, TIME_ZONE } from "@/lib/clock";
import { getEnv } from "@/lib/env";
import { deliverPendingOutbox } from "@/lib/services/outbox";
import { runReminderScan } from "@/lib/services/reminders";
import { pgliteExecutor } from "./pglite-adapter";

export const REMINDER_SCAN_QUEUE = "reminder-scan";
export const OUTBOX_QUEUE = "outbox-deliver";
/** 08:00 Asia/Shanghai every day. */
export const REMINDER_SCAN_CRON = "0 8 * * *";

const holder = globalThis as unknown as { __dubanBoss?: Promise<PgBoss> };

function createBoss(): PgBoss {
  const env = getEnv();
  if (env.DATABASE_URL) return new PgBoss({ connectionString: env.DATABASE_URL, schema: "pgboss", max: 3 });
  const { db } = getConnection();
  const client = (db as unknown as { $client: PGlite }).$client;
  return new PgBoss({ db: pgliteExecutor(client), schema: "pgboss" });
}

async function start(): Promise<PgBoss> {
  const boss = createBoss();
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  // Singleton queues: however many instances work them, one scan runs at a time.
  await boss.createQueue(REMINDER_SCAN_QUEUE, { name: REMINDER_SCAN_QUEUE, policy: "singleton" });
  await boss.createQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, policy: "singleton" });
  // pg-boss's clock monitoring sends each cron job once across instances.
  await boss.schedule(REMINDER_SCAN_QUEUE, REMINDER_SCAN_CRON, {}, { tz: TIME_ZONE });
  await boss.schedule(OUTBOX_QUEUE, "*/5 * * * *", {}, { tz: TIME_ZONE });
  await boss.work(REMINDER_SCAN_QUEUE, async () => {
    const result = await runReminderScan({ today: today() });
    console.log(`[jobs] reminder scan ${today()}:`, JSON.stringify(result));
    await boss.send(OUTBOX_QUEUE, {});
  });
  await boss.work(OUTBOX_QUEUE, async () => {
    await deliverPendingOutbox({ limit: 50 });
  });
  // Catch up when the app starts after 08:00: the dedupe keys make a second scan a no-op.
  await boss.send(REMINDER_SCAN_QUEUE, {}, { singletonKey: `startup-${today()}` });
  return boss;
}

/**
 * Starts the job worker once per process (instrumentation.ts calls it in the Next server).
 * Never called in tests; JOBS_DISABLED=1 turns it off.
 */
export function startJobs(): Promise<PgBoss> {
  holder.__dubanBoss ??= start().catch((error) => {
    holder.__dubanBoss = undefined;
    throw error;
  });
  return holder.__dubanBoss;
}
