/** Fills an empty, migrated database with the synthetic city, one set-based statement at a time. */
import bcrypt from "bcryptjs";
import { auditBatchSql, itemPoolSql, noticesSql, notificationsSql, requestsSql } from "./synth-activity";
import { assignmentsSql, itemsSql } from "./synth-items";
import {
  candidateHistogramSql,
  historyDepth,
  indicatorsSql,
  readingsSql,
  reportCandidatesSql,
  reportsSql,
} from "./synth-reports";
import { sizesFor } from "./synth-sizes";
import { departmentsSql, plansSql, setupSql, usersSql, type SynthContext } from "./synth-structure";

/** Runs one SQL statement (no parameters) and returns its rows. */
export type Exec = (sql: string) => Promise<Record<string, unknown>[]>;

/** The synthetic accounts' password (not the demo password: production mode refuses that one). */
export const BENCH_PASSWORD = "Bench-duban-2026!";

const AUDIT_BATCH = 100_000;

export interface SynthResult {
  counts: Record<string, number>;
  steps: { step: string; ms: number }[];
}

export const COUNTED_TABLES = [
  "departments",
  "users",
  "plans",
  "sections",
  "work_items",
  "assignments",
  "progress_reports",
  "progress_report_revisions",
  "indicators",
  "indicator_readings",
  "supervision_notices",
  "extension_requests",
  "completion_requests",
  "notifications",
  "audit_events",
];

export async function fillCity(
  exec: Exec,
  opts: { scale: number; today: string; log?: (line: string) => void },
): Promise<SynthResult> {
  const log = opts.log ?? (() => {});
  const sizes = sizesFor(opts.scale);
  const ctx: SynthContext = {
    sizes,
    scale: opts.scale,
    today: opts.today,
    passwordHash: await bcrypt.hash(BENCH_PASSWORD, 10),
  };
  const steps: SynthResult["steps"] = [];
  const run = async (step: string, statements: string[]) => {
    const started = performance.now();
    for (const statement of statements) await exec(statement);
    const ms = Math.round(performance.now() - started);
    steps.push({ step, ms });
    log(`  ${step.padEnd(28)} ${(ms / 1000).toFixed(1)} s`);
  };
  const [{ n: existing }] = await exec("select count(*)::int as n from work_items");
  if (Number(existing) > 0)
    throw new Error("the database already holds work items: synth fills an empty database only");
  await run("setup", setupSql(ctx));
  await run("departments", departmentsSql(ctx));
  await run("users", usersSql(ctx));
  await run("plans and sections", plansSql(ctx));
  await run("work items", itemsSql(ctx));
  await run("assignments", assignmentsSql(ctx));
  await run("report candidates", [reportCandidatesSql]);
  const histogram = (await exec(candidateHistogramSql)).map((r) => ({ rank: Number(r.rank), n: Number(r.n) }));
  await run("progress reports", reportsSql(historyDepth(histogram, sizes.reports)));
  await run("indicators", indicatorsSql());
  const [{ n: candidates }] = await exec("select count(*)::int as n from syn_ind_cand");
  await run("indicator readings", [readingsSql(Math.min(1, sizes.readings / Math.max(1, Number(candidates))))]);
  await run("notices", noticesSql(sizes));
  await run("requests", requestsSql(sizes));
  await run("item pool", [itemPoolSql]);
  await run("notifications", [notificationsSql(sizes)]);
  for (let from = 1; from <= sizes.audit; from += AUDIT_BATCH) {
    const to = Math.min(sizes.audit, from + AUDIT_BATCH - 1);
    await run(`audit ${from}–${to}`, [auditBatchSql(from, to, sizes.audit)]);
  }
  await run("analyze", ["analyze"]);
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [{ n }] = await exec(`select count(*)::int as n from ${table}`);
    counts[table] = Number(n);
  }
  return { counts, steps };
}
