/** Next.js start hook: runs the background job worker (reminder scan, outbox) in the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NODE_ENV === "test") return;
  const { getEnv } = await import("@/lib/env");
  if (getEnv().JOBS_DISABLED === "1") return;
  const { startJobs } = await import("@/lib/jobs");
  startJobs().catch((error) => console.error("[jobs] worker failed to start:", error));
}
