/**
 * The daily jobs against the bench database, each in a child process with a time limit: the reminder
 * scan (on today and on the day three days before most reports fall due) and, when the code has one,
 * a daily health job (scripts/bench/job-run.ts finds it) for the next day, when every light is a day old,
 * and once more for today. The scan's notifications and messages for
 * those days are removed before and after, so a rerun measures the same work (its one audit record
 * per run stays: the trail is append-only).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type postgres from "postgres";

export interface JobTiming {
  job: string;
  today: string;
  ms: number;
  result?: unknown;
  error?: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The next date on or after `today` that is three days before the 25th (the usual report due day). */
export function reportEveDay(today: string, dueDay = 25, before = 3): string {
  const [y, m] = today.split("-").map(Number);
  const thisMonth = addDays(`${y}-${String(m).padStart(2, "0")}-${String(dueDay).padStart(2, "0")}`, -before);
  if (thisMonth >= today) return thisMonth;
  return addDays(new Date(Date.UTC(y, m, dueDay)).toISOString().slice(0, 10), -before);
}

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function runChild(
  job: string,
  today: string,
  databaseUrl: string,
  timeoutMs: number,
): Promise<Record<string, unknown> & { wallMs: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [TSX, "--conditions=react-server", path.join(__dirname, "job-run.ts"), job, today, databaseUrl],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "inherit"],
        detached: true,
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - started);
      const line = out.trim().split("\n").at(-1) ?? "";
      if (signal) return resolve({ wallMs, error: `not finished within ${timeoutMs / 1000} s (stopped)` });
      try {
        resolve({ wallMs, ...(JSON.parse(line) as Record<string, unknown>) });
      } catch {
        resolve({ wallMs, error: `exit ${code}: ${line.slice(0, 200)}` });
      }
    });
  });
}

export async function timeJobs(
  sql: postgres.Sql,
  databaseUrl: string,
  today: string,
  timeoutMs: number,
): Promise<JobTiming[]> {
  const out: JobTiming[] = [];
  const clean = async (day: string) => {
    await sql`delete from notifications where dedupe_key like ${`reminder:%:${day}%`}`;
    await sql`delete from outbox_messages where dedupe_key like ${`reminder:%:${day}%`}`;
  };
  for (const day of [...new Set([today, reportEveDay(today)])]) {
    await clean(day);
    const r = await runChild("reminder", day, databaseUrl, timeoutMs);
    out.push({
      job: "reminder scan",
      today: day,
      ms: Number(r.ms ?? r.wallMs),
      ...(r.error ? { error: String(r.error) } : { result: r.result }),
    });
    await clean(day);
  }
  // The daily job after midnight finds every light a day old: time it for the next day, then once more
  // for today, which brings the database back to the day the pages were measured on.
  for (const day of [addDays(today, 1), today]) {
    const health = await runChild("health", day, databaseUrl, timeoutMs);
    if (health.absent) break;
    out.push({
      job: `health job (${String(health.name ?? "?")})`,
      today: day,
      ms: Number(health.ms ?? health.wallMs),
      ...(health.error ? { error: String(health.error) } : { result: health.result }),
    });
  }
  return out;
}
