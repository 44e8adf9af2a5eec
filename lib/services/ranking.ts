import "server-only";
import { and, count, eq, exists, inArray, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db";
import {
  assignments,
  departments,
  itemHealth,
  plans,
  reportObligations,
  supervisionNotices,
  workItems,
} from "@/db/schema";
import { authorize, can, scopeOf, type Actor } from "@/lib/authz";
import { periodOf } from "@/lib/lifecycle/periods";
import { today as clockToday } from "@/lib/clock";
import type { RankingOptions } from "@/lib/validations/board";
import { lightsAt } from "./health-history";
import { cacheKey, versioned } from "./data-version";
import { ensureHealthFresh } from "./health-store";
import { departmentScores } from "./scores";

export interface RankingRow {
  departmentId: number;
  departmentName: string;
  led: number;
  supported: number;
  reportsDue: number;
  reportsOnTime: number;
  /** Share of reports due in the period filed by their due date (0–100); null when none were due. */
  onTimeRate: number | null;
  overdue: number;
  openNotices: number;
  /** Average days past due over the department's late items (open or completed late); null when none. */
  avgDaysLate: number | null;
  /** The 量化考核 score of the quarter the ranking ends in; null for readers without the city-wide view. */
  score: number | null;
}

/** Items the ranking covers (all dispatched or completed, or one plan's), as SQL over the stored health. */
const inScope = (planId: number | undefined) => (planId ? sql`h.plan_id = ${planId}` : sql`true`);

/** Per department: items led and supported, overdue items, and the average days late of its late items. */
async function itemCounts(planId: number | undefined, asOf: string | null) {
  return rowsOf<{
    departmentId: number;
    departmentName: string;
    led: number;
    supported: number;
    overdue: number;
    avgLate: number | null;
  }>(
    await db.execute(sql`
      select a.department_id as "departmentId", d.name as "departmentName",
        count(*) filter (where a.role = 'lead')::int as led,
        count(*) filter (where a.role = 'support')::int as supported,
        count(*) filter (where h.days_overdue > 0)::int as overdue,
        avg(late.days) filter (where late.days > 0)::float8 as "avgLate"
      from ${lightsAt(asOf)} h
      join ${workItems} w on w.id = h.work_item_id
      join ${assignments} a on a.work_item_id = h.work_item_id
      join ${departments} d on d.id = a.department_id
      cross join lateral (select case when w.status = 'completed'
        then coalesce((w.completed_at at time zone 'Asia/Shanghai')::date - h.due_on, 0)
        else h.days_overdue end as days) late
      where ${inScope(planId)}
      group by a.department_id, d.name`),
  );
}

/** Notices open at the end of a past day: issued by then, and answered or closed (if ever) after it. */
function openAt(day: string) {
  const n = supervisionNotices;
  const ended = sql`coalesce(${n.respondedAt}, ${n.closedAt})`;
  return sql`(${n.createdAt} at time zone 'Asia/Shanghai')::date <= ${day}::date and (
    (${ended} is null and ${n.status} = 'open') or (${ended} at time zone 'Asia/Shanghai')::date > ${day}::date)`;
}

/**
 * Per department: reports due in [from, until] and those filed by their due date (China calendar),
 * counted over the stored obligations (lib/services/report-obligations.ts), which enumerate each
 * item's periods by the rule of lib/lifecycle/periods.
 */
async function reportCounts(planId: number | undefined, from: string, until: string) {
  return rowsOf<{ departmentId: number; due: number; onTime: number }>(
    await db.execute(sql`
      select o.department_id as "departmentId", count(*)::int as due,
        count(*) filter (where o.filed_on <= o.due_on)::int as "onTime"
      from ${reportObligations} o
      where o.due_on >= ${from}::date and o.due_on <= ${until}::date
        ${planId ? sql`and o.plan_id = ${planId}` : sql``}
      group by o.department_id`),
  );
}

/**
 * 通报: per department — items led and supported, on-time report rate for reports due in the period,
 * overdue items, open notices, average days late — aggregated in SQL over the stored health, so the
 * ranking of a city's whole year is a few queries. Liaisons see their own department's row only.
 */
export async function getRanking({ actor, options, today }: { actor: Actor; options: RankingOptions; today?: string }) {
  authorize(actor, "plan.read");
  const now = today ?? clockToday();
  await ensureHealthFresh(now);
  const withScores = can(actor, "board.view");
  // Every reader asking the same question shares one computation until the data changes.
  const { sort: _sort, dir: _dir, ...question } = options;
  const answer = await versioned(cacheKey("ranking", question, now, withScores), () =>
    rankingRows(actor, options, now, withScores),
  );
  let list = answer.rows.slice();
  if (scopeOf(actor, "export") === "department") list = list.filter((r) => r.departmentId === actor.departmentId);
  const sign = options.dir === "asc" ? 1 : -1;
  list.sort((a, b) => {
    if (options.sort === "name") return sign * a.departmentName.localeCompare(b.departmentName, "zh-CN");
    const av = a[options.sort] ?? -1;
    const bv = b[options.sort] ?? -1;
    return sign * (av - bv) || a.departmentId - b.departmentId;
  });
  return { ...answer, sort: options.sort, dir: options.dir, planId: options.planId, rows: list };
}
export type Ranking = Awaited<ReturnType<typeof getRanking>>;

/** The ranking's rows in no particular order, with the period it covers and the plans it can be narrowed to. */
async function rankingRows(actor: Actor, options: RankingOptions, now: string, withScores: boolean) {
  const [start] = rowsOf<{ start: string | null }>(
    await db.execute(
      sql`select min(p.period_start)::text as start from ${plans} p where exists (select 1 from ${itemHealth} h where h.plan_id = p.id and ${inScope(options.planId)})`,
    ),
  );
  const from = options.from ?? (start?.start || now.slice(0, 4) + "-01-01");
  const to = options.to ?? now;
  // A past day to read the lights, units' open notices and scores at (their end of that day).
  const asOf = options.asOf && options.asOf < now ? options.asOf : null;
  const until = [to, now, asOf ?? now].sort()[0]!;
  const scorePeriod = periodOf(until, "quarterly")!;
  const [scores, counts, reports, notices] = await Promise.all([
    withScores
      ? departmentScores({ actor, period: scorePeriod, planId: options.planId, today: asOf ?? now }).then((s) => s.rows)
      : [],
    itemCounts(options.planId, asOf),
    reportCounts(options.planId, from, until),
    db
      .select({ departmentId: supervisionNotices.departmentId, n: count() })
      .from(supervisionNotices)
      .where(
        and(
          asOf ? openAt(asOf) : eq(supervisionNotices.status, "open"),
          inArray(
            supervisionNotices.workItemId,
            db
              .select({ id: itemHealth.workItemId })
              .from(itemHealth)
              .where(options.planId ? eq(itemHealth.planId, options.planId) : undefined),
          ),
        ),
      )
      .groupBy(supervisionNotices.departmentId),
  ]);
  const reportsOf = new Map(reports.map((r) => [Number(r.departmentId), r]));
  const noticesOf = new Map(notices.map((n) => [n.departmentId, Number(n.n)]));
  const scoreOf = new Map(scores.map((s) => [s.departmentId, s.score]));
  const rows: RankingRow[] = counts.map((c) => {
    const r = reportsOf.get(Number(c.departmentId));
    const reportsDue = Number(r?.due ?? 0);
    const reportsOnTime = Number(r?.onTime ?? 0);
    return {
      departmentId: Number(c.departmentId),
      departmentName: c.departmentName,
      led: Number(c.led),
      supported: Number(c.supported),
      reportsDue,
      reportsOnTime,
      onTimeRate: reportsDue ? Math.round((reportsOnTime / reportsDue) * 1000) / 10 : null,
      overdue: Number(c.overdue),
      openNotices: noticesOf.get(Number(c.departmentId)) ?? 0,
      avgDaysLate: c.avgLate == null ? null : Math.round(Number(c.avgLate) * 10) / 10,
      score: scoreOf.get(Number(c.departmentId)) ?? null,
    };
  });
  const planOptions = await db
    .select({ id: plans.id, label: plans.title })
    .from(plans)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(itemHealth)
          .where(eq(itemHealth.planId, plans.id)),
      ),
    )
    .orderBy(plans.id);
  return { from, to, rows, planOptions, scorePeriod, asOf };
}
