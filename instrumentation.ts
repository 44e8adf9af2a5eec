/**
 * Next.js start hook, in the server process: the background job worker (reminder scan, outbox) and the
 * graceful stop on SIGTERM (lib/shutdown.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NODE_ENV === "test") return;
  const { getEnv } = await import("@/lib/env");
  const { registerShutdown } = await import("@/lib/shutdown");
  const { logger } = await import("@/lib/log");
  const { closeDb } = await import("@/db");
  const jobs = getEnv().JOBS_DISABLED === "1" ? undefined : await import("@/lib/jobs");
  registerShutdown(
    [
      ...(jobs ? [{ name: "job worker", run: () => jobs.stopJobs({ timeoutMs: 1500 }), timeoutMs: 2000 }] : []),
      { name: "database", run: () => closeDb(), timeoutMs: 2500 },
    ],
    (message, detail) => logger.warn(detail ?? {}, message),
  );
  jobs?.runJobsWorker();
}
