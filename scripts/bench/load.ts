/**
 * `npm run bench:load -- [--users 1,20] [--requests N] [--out bench-results/load.json] [--scale-label X]
 *   [--database-url URL] [--port 3900] [--timeout 60] [--budget 180] [--only text] [--skip-jobs] [--job-timeout 300]`
 *
 * Starts the production server (`next start`, building first when there is no build) on a database
 * filled by `npm run db:synth`, signs in one session per virtual user, and measures every page and
 * export: median and p95 latency, bytes, errors (non-200, redirect, > --timeout seconds) at each
 * concurrency level, and the server's peak resident memory. Compares the board and the inbox with
 * the best plain SQL for the same question, times the daily jobs, prints a Markdown table and writes
 * JSON. Exits 1 when any request failed.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { DEFAULT_BENCH_URL, median, parseArgs, quantile, shanghaiToday } from "./args";
import { SessionPool, timedGet, type Sample } from "./http";
import { contentionLine, exportUnderLoad, type ContentionResult } from "./contention";
import { timeJobs, type JobTiming } from "./jobs";
import { markdown, type LevelResult, type SqlComparison, type TargetResult } from "./report";
import { BenchServer, ensureBuild, RssSampler } from "./server";
import { BENCH_PASSWORD, COUNTED_TABLES } from "./synth-core";
import { BOARD_SQL, buildTargets, findAccounts, INBOX_SQL, timeSql, type Target } from "./targets";

interface Options {
  users: number[];
  requests: number;
  timeoutMs: number;
  budgetMs: number;
}

async function measure(
  server: BenchServer,
  pool: SessionPool,
  sampler: RssSampler,
  target: Target,
  users: number,
  o: Options,
): Promise<LevelResult> {
  const samples: Sample[] = [];
  let sessions: string[];
  try {
    sessions = await pool.get(target.username, users);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      users,
      requests: 1,
      errors: 1,
      medianMs: null,
      p95Ms: null,
      medianBytes: null,
      peakRssMb: sampler.peak(),
      serverCrashed: !server.alive,
      firstError: message,
    };
  }
  sampler.reset();
  const total = Math.max(o.requests, users);
  const started = performance.now();
  let issued = 0;
  await Promise.all(
    sessions.map(async (cookie) => {
      while (issued < total && performance.now() - started < o.budgetMs && server.alive) {
        issued++;
        samples.push(await timedGet(server.base, target.path, cookie, o.timeoutMs));
      }
    }),
  );
  const ok = samples.filter((x) => x.ok);
  const errors = samples.filter((x) => !x.ok);
  return {
    users,
    requests: samples.length,
    errors: errors.length,
    medianMs: ok.length ? Math.round(median(ok.map((x) => x.ms))) : null,
    p95Ms: ok.length
      ? Math.round(
          quantile(
            ok.map((x) => x.ms),
            0.95,
          ),
        )
      : null,
    medianBytes: ok.length ? median(ok.map((x) => x.bytes)) : null,
    peakRssMb: sampler.peak(),
    serverCrashed: !server.alive,
    ...(errors.length ? { firstError: errors[0].error } : {}),
  };
}

/**
 * Waits (up to 120 s) until the server answers /login within 1 s: requests that timed out are still
 * being worked on by the server, and the next page must not be measured against that backlog.
 */
async function settle(server: BenchServer): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (server.alive && Date.now() < deadline) {
    const probe = await timedGet(server.base, "/login", "", 5_000);
    if (probe.ok && probe.ms < 1000) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function machine() {
  let uptime = "";
  try {
    uptime = execSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    uptime = `load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")}`;
  }
  return {
    uptime,
    loadavg: os.loadavg(),
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const url = args.get("database-url") ?? process.env.DATABASE_URL ?? DEFAULT_BENCH_URL;
  const out = path.resolve(args.get("out") ?? "bench-results/load.json");
  const o: Options = {
    users: (args.get("users") ?? "1,20")
      .split(",")
      .map(Number)
      .filter((n) => n > 0),
    requests: Number(args.get("requests") ?? 20),
    timeoutMs: Number(args.get("timeout") ?? 60) * 1000,
    budgetMs: Number(args.get("budget") ?? 180) * 1000,
  };
  const today = args.get("today");
  const only = args.get("only");
  mkdirSync(path.dirname(out), { recursive: true });
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const server = new BenchServer({
    port: Number(args.get("port") ?? 3900),
    databaseUrl: url,
    today,
    logFile: out.replace(/\.json$/, "") + ".server.log",
  });
  const killServer = () => server.kill();
  process.on("exit", killServer);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  try {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES)
      counts[table] = Number((await sql.unsafe(`select count(*)::int as n from ${table}`))[0].n);
    const accounts = await findAccounts(sql);
    const targets = (await buildTargets(sql, accounts)).filter((t) => !only || t.name.includes(only));
    ensureBuild();
    console.log(
      `bench:load on ${counts.work_items} items, ${counts.progress_reports} reports, ${counts.audit_events} audit records; users ${o.users.join(",")}, ${o.requests} requests per page and level`,
    );
    await server.start();
    const sampler = new RssSampler(server);
    sampler.start();
    const pool = new SessionPool(server.base, args.get("password") ?? BENCH_PASSWORD);
    const results: TargetResult[] = targets.map((t) => ({
      name: t.name,
      path: t.path,
      role: t.role,
      username: t.username,
      levels: [],
    }));
    // The export acceptance, first, while no export has been built: a full board export while another
    // user keeps opening their home page.
    let contention: ContentionResult | null = null;
    if (!only || "export board".includes(only)) {
      await settle(server);
      contention = await exportUnderLoad({
        base: server.base,
        sampler,
        exportPath: "/api/export/board",
        exportCookie: (await pool.get(accounts.supervisor, 1))[0]!,
        pagePath: "/",
        pageCookie: (await pool.get(accounts.leader, 1))[0]!,
        timeoutMs: o.timeoutMs,
      });
      console.log(`  ${contentionLine(contention)}`);
    }
    for (const users of o.users) {
      for (const [i, target] of targets.entries()) {
        if (!server.alive) {
          console.log("  the server is down: restarting it");
          await server.start();
        }
        await settle(server);
        const level = await measure(server, pool, sampler, target, users, o);
        results[i].levels.push(level);
        const line = `  ${target.name.padEnd(18)} ${String(users).padStart(2)} user(s): median ${level.medianMs ?? "–"} ms, p95 ${level.p95Ms ?? "–"} ms, ${level.errors}/${level.requests} errors, ${level.peakRssMb} MB`;
        console.log(level.firstError ? `${line} (${level.firstError})` : line);
      }
    }
    const serverPeakRssMb = Math.round(sampler.overallPeak);
    sampler.stop();
    await server.stop();
    const appMedian = (name: string) =>
      results.find((r) => r.name === name)?.levels.find((l) => l.users === 1)?.medianMs ?? null;
    const comparisons: SqlComparison[] = [];
    for (const [page, text, params] of [
      ["/board", BOARD_SQL, []],
      ["/inbox", INBOX_SQL, [accounts.liaisonDepartmentId]],
    ] as [string, string, number[]][]) {
      if (!results.some((r) => r.name === page)) continue;
      const t = await timeSql(sql, text, params);
      const app = appMedian(page);
      comparisons.push({
        page,
        sqlMs: Math.round(t.ms * 10) / 10,
        sqlRows: t.rows,
        appMedianMs: app,
        ratio: app === null ? null : app / t.ms,
      });
    }
    const jobs: JobTiming[] = args.has("skip-jobs")
      ? []
      : await timeJobs(sql, url, today ?? shanghaiToday(), Number(args.get("job-timeout") ?? 300) * 1000);
    const table = markdown(results, o.users, comparisons, jobs);
    const report = {
      scaleLabel: args.get("scale-label") ?? null,
      at: new Date().toISOString(),
      machine: machine(),
      counts,
      accounts,
      options: o,
      serverPeakRssMb,
      results,
      sql: comparisons,
      contention,
      jobs,
    };
    writeFileSync(out, JSON.stringify(report, null, 2));
    console.log(
      `\n${table}${contention ? `\n\n${contentionLine(contention)}` : ""}\n\nserver peak resident memory ${serverPeakRssMb} MB · ${report.machine.uptime}\nJSON: ${path.relative(process.cwd(), out)}`,
    );
    const failed =
      results.reduce((n, r) => n + r.levels.reduce((m, l) => m + l.errors, 0), 0) +
      (contention ? contention.page.errors + (contention.export.ok ? 0 : 1) : 0);
    if (failed > 0) {
      console.error(`${failed} request(s) failed`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    await sql.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
