import "server-only";
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { getConnection } from "@/db";
import { today, TIME_ZONE } from "@/lib/clock";
import { getEnv } from "@/lib/env";
import { runHealthJob } from "@/lib/services/health-store";
import { deliverPendingOutbox } from "@/lib/services/outbox";
import { runReminderScan } from "@/lib/services/reminders";
import { pruneSessions } from "@/lib/services/sessions";
import { logger } from "@/lib/log";
import { pgliteExecutor } from "./pglite-adapter";
import { retryUntilStarted, type Retrying } from "./retry";

export const REMINDER_SCAN_QUEUE = "reminder-scan";
export const OUTBOX_QUEUE = "outbox-deliver";
export const HEALTH_QUEUE = "health-refresh";
/** Just after midnight Asia/Shanghai: yesterday's lights become today's before anyone reads them. */
export const HEALTH_REFRESH_CRON = "2 0 * * *";
/** 08:00 Asia/Shanghai every day. */
export const REMINDER_SCAN_CRON = "0 8 * * *";

const holder = globalThis as unknown as { __dubanBoss?: Promise<PgBoss>; __dubanWorker?: Retrying<PgBoss> };

function createBoss(): PgBoss {
  const env = getEnv();
  if (env.DATABASE_URL) return new PgBoss({ connectionString: env.DATABASE_URL, schema: "pgboss", max: 3 });
  const { db } = getConnection();
  const client = (db as unknown as { $client: PGlite }).$client;
  return new PgBoss({ db: pgliteExecutor(client), schema: "pgboss" });
}

async function start(): Promise<PgBoss> {
  const boss = createBoss();
  // A lost connection is reported here and pg-boss carries on: its pool reconnects on the next poll.
  boss.on("error", (error) => logger.warn({ err: error.message }, "jobs: database error"));
  try {
    await prepareQueues(boss);
  } catch (error) {
    // Half started (e.g. the database went away between steps): release its pool before a retry.
    await boss.stop({ graceful: false, wait: true, timeout: 1000 }).catch(() => {});
    throw error;
  }
  return boss;
}

async function prepareQueues(boss: PgBoss): Promise<void> {
  await boss.start();
  // Singleton queues: however many instances work them, one scan runs at a time.
  await boss.createQueue(REMINDER_SCAN_QUEUE, { name: REMINDER_SCAN_QUEUE, policy: "singleton" });
  await boss.createQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, policy: "singleton" });
  await boss.createQueue(HEALTH_QUEUE, { name: HEALTH_QUEUE, policy: "singleton" });
  // pg-boss's clock monitoring sends each cron job once across instances.
  await boss.schedule(REMINDER_SCAN_QUEUE, REMINDER_SCAN_CRON, {}, { tz: TIME_ZONE });
  await boss.schedule(OUTBOX_QUEUE, "*/5 * * * *", {}, { tz: TIME_ZONE });
  await boss.schedule(HEALTH_QUEUE, HEALTH_REFRESH_CRON, {}, { tz: TIME_ZONE });
  await boss.work(HEALTH_QUEUE, async () => {
    const startedAt = performance.now();
    const result = await runHealthJob({ today: today() });
    logger.info({ ...result, ms: Math.round(performance.now() - startedAt) }, "jobs: health refreshed");
  });
  await boss.work(REMINDER_SCAN_QUEUE, async () => {
    const result = await runReminderScan({ today: today() });
    console.log(`[jobs] reminder scan ${today()}:`, JSON.stringify(result));
    const pruned = await pruneSessions();
    if (pruned > 0) logger.info({ pruned }, "jobs: ended sessions removed");
    await boss.send(OUTBOX_QUEUE, {});
  });
  await boss.work(OUTBOX_QUEUE, async () => {
    await deliverPendingOutbox({ limit: 50 });
  });
  // Catch up when the app starts after 08:00: the dedupe keys make a second scan a no-op.
  await boss.send(REMINDER_SCAN_QUEUE, {}, { singletonKey: `startup-${today()}` });
}

/**
 * Starts the job worker once per process; one attempt (runJobsWorker retries it).
 * Never called in tests; JOBS_DISABLED=1 turns it off.
 */
export function startJobs(): Promise<PgBoss> {
  holder.__dubanBoss ??= start().catch((error) => {
    holder.__dubanBoss = undefined;
    throw error;
  });
  return holder.__dubanBoss;
}

/**
 * Starts the worker in the background, retrying with backoff while the database is unreachable
 * (instrumentation.ts calls it once per server process).
 */
export function runJobsWorker(): void {
  holder.__dubanWorker ??= retryUntilStarted(startJobs, {
    onError: (error, attempt, retryInMs) =>
      logger.error(
        { err: error instanceof Error ? error.message : String(error), attempt, retryInMs },
        "jobs: worker failed to start",
      ),
  });
  void holder.__dubanWorker.result.then((boss) => boss && logger.info("jobs: worker started"));
}

/** Stops retrying and stops the worker: jobs in progress get `timeoutMs` to finish (shutdown). */
export async function stopJobs({ timeoutMs = 1500 }: { timeoutMs?: number } = {}): Promise<void> {
  const worker = holder.__dubanWorker;
  holder.__dubanWorker = undefined;
  worker?.cancel();
  const boss = await holder.__dubanBoss?.catch(() => undefined);
  holder.__dubanBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
