/**
 * `npm run db:synth -- --scale N [--database-url URL] [--reset] [--today YYYY-MM-DD]`: creates (if needed),
 * migrates and fills a PostgreSQL database with a synthetic city: at scale 1, 80 departments, 300
 * users, 40 plans, 24,000 work items, 60,000 assignments, 400,000 progress reports, 50,000 indicator
 * readings, 5,000 notices, 1,000,000 audit records and 200,000 notifications, deadlines spread around
 * today. Default database: duban_bench on 127.0.0.1 (or DATABASE_URL). --reset drops it first.
 */
import postgres from "postgres";
import { DEFAULT_BENCH_URL, parseArgs, shanghaiToday, withDatabase } from "./args";
import { BENCH_PASSWORD, fillCity } from "./synth-core";

export async function ensureDatabase(url: string, reset: boolean): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name ${name}: letters, digits and _ only`);
  const admin = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
  try {
    if (reset) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Applies the project's migrations with its own code (db/migrate.ts). */
export async function migrate(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import("@/db/migrate");
  const { closeDb } = await import("@/db");
  await migrateDatabase();
  await closeDb();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = Number(args.get("scale") ?? "1");
  const url = args.get("database-url") ?? process.env.DATABASE_URL ?? DEFAULT_BENCH_URL;
  const today = args.get("today") ?? shanghaiToday();
  const started = performance.now();
  await ensureDatabase(url, args.get("reset") === "true");
  await migrate(url);
  console.log(`db:synth scale ${scale}, today ${today}, ${url.replace(/\/\/[^@]*@/, "//…@")}`);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe("set synchronous_commit = off; set work_mem = '256MB'");
    const result = await fillCity((text) => client.unsafe(text) as Promise<Record<string, unknown>[]>, {
      scale,
      today,
      log: (line) => console.log(line),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n| table | rows |\n| --- | ---: |`);
    for (const [table, n] of Object.entries(result.counts)) console.log(`| ${table} | ${n.toLocaleString("en")} |`);
    console.log(
      `\nfilled in ${seconds} s. Every account (bench-liaison-…, bench-supervisor-1, bench-leader-1, bench-secretariat-1,`,
    );
    console.log(
      `bench-auditor-1, bench-admin-1) signs in with the password ${BENCH_PASSWORD}; none needs a password change.`,
    );
    console.log(
      `Serve it with MFA_REQUIRED_ROLES= (empty) so admin and secretariat accounts need no second factor (npm run bench:load does).`,
    );
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
