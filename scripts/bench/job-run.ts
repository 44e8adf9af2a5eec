/**
 * One daily job in a process of its own (bench:load kills it when it runs past its time limit):
 * `tsx --conditions=react-server scripts/bench/job-run.ts <reminder|health> <today> <database-url>`.
 * Prints one JSON line: { ms, result } or { error, name }.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

type Job = (input: { today: string }) => Promise<unknown>;

/** A daily health job, if the code has one: an exported run…/refresh…/recompute…Health function in lib/jobs, lib/services or lib/health. */
async function findHealthJob(): Promise<{ name: string; run: Job } | null> {
  const root = path.resolve(__dirname, "../..");
  for (const dir of ["lib/jobs", "lib/services", "lib/health"]) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const file of readdirSync(path.join(root, dir))) {
      if (
        !/health/i.test(file) ||
        !file.endsWith(".ts") ||
        file.endsWith(".test.ts") ||
        /^(system|item)-health/.test(file)
      )
        continue;
      const mod = (await import(path.join(root, dir, file))) as Record<string, unknown>;
      // A job takes { today }: runHealthJob first, then any other such name.
      const names = Object.keys(mod).filter(
        (k) => /^(run|refresh|recompute|rebuild)\w*Health/i.test(k) && typeof mod[k] === "function",
      );
      const name = names.find((k) => /^run/.test(k)) ?? names[0];
      if (name) return { name: `${dir}/${file} ${name}`, run: mod[name] as Job };
    }
  }
  return null;
}

async function main(): Promise<void> {
  const [job, today, databaseUrl] = process.argv.slice(2);
  process.env.DATABASE_URL = databaseUrl;
  process.env.JOBS_DISABLED = "1";
  let run: Job | null = null;
  let name = job;
  if (job === "reminder") run = (await import("@/lib/services/reminders")).runReminderScan;
  else {
    const health = await findHealthJob();
    if (health) ({ run, name } = health);
  }
  if (!run) {
    console.log(JSON.stringify({ absent: true }));
    return;
  }
  const started = performance.now();
  const result = await run({ today });
  console.log(JSON.stringify({ name, ms: Math.round(performance.now() - started), result }));
  const { closeDb } = await import("@/db");
  await closeDb();
}

main().catch((error) => {
  console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
