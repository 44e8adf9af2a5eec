import "server-only";
import { and, asc, count, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  indicatorReadings,
  indicators,
  itemHealth,
  plans,
  progressReports,
  reportObligations,
  sections,
  workItems,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { daysBetween, today as clockToday } from "@/lib/clock";
import type { Health } from "@/lib/health";
import { calendarDateOf, effectiveDueOn } from "@/lib/health/compute";
import { nextPeriod, periodOf, periodSpan, previousPeriods } from "@/lib/lifecycle/periods";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { countByDepartment, type DepartmentCounts } from "./board";
import { cacheKey, versioned } from "./data-version";
import { ensureHealthFresh } from "./health-store";

/** A burn-up never draws more months than this, whatever a plan's period says. */
const MAX_MONTHS = 120;
/** Months the on-time report rate looks back over, this month included. */
export const ON_TIME_MONTHS = 12;

const monthOf = (day: string) => day.slice(0, 7);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every month from `first` to `last` ("YYYY-MM"), both included, at most MAX_MONTHS. */
function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last && months.length < MAX_MONTHS; m = nextPeriod(m)) months.push(m);
  return months;
}

export interface ChartPlan {
  id: number;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
}

/** The published plans a leader can chart, oldest first; the first one is the default choice. */
export async function chartPlans({ actor }: { actor: Actor }): Promise<ChartPlan[]> {
  authorize(actor, "board.view");
  return db
    .select({ id: plans.id, title: plans.title, periodStart: plans.periodStart, periodEnd: plans.periodEnd })
    .from(plans)
    .where(ne(plans.status, "draft"))
    .orderBy(asc(plans.id));
}

export interface BurnUpPoint {
  month: string;
  /** Items completed by the end of the month (completions before the period count from its first month). */
  completed: number;
  /** The straight line from none at the period's start to every item at its end, at the month's end. */
  planned: number | null;
}

/**
 * 完成进度 (burn-up) of one plan: one point per month of its period up to today's month, the items
 * completed by each month's end against the straight line from 0 to all items. Counts in SQL.
 */
export async function planBurnUp({ actor, plan, today }: { actor: Actor; plan: ChartPlan; today?: string }) {
  authorize(actor, "board.view");
  const now = today ?? clockToday();
  const [[total], completions] = await Promise.all([
    db.select({ n: count() }).from(workItems).where(eq(workItems.planId, plan.id)),
    db
      .select({
        month: sql<string>`to_char(${workItems.completedAt} at time zone 'Asia/Shanghai', 'YYYY-MM')`,
        n: count(),
      })
      .from(workItems)
      .where(and(eq(workItems.planId, plan.id), eq(workItems.status, "completed")))
      .groupBy(sql`1`),
  ]);
  const items = Number(total?.n ?? 0);
  const { periodStart: start, periodEnd: end } = plan;
  if (!start) return { total: items, points: [] as BurnUpPoint[] };
  const last = end && monthOf(end) < monthOf(now) ? monthOf(end) : monthOf(now);
  const span = end ? daysBetween(start, end) : 0;
  let done = 0;
  const byMonth = new Map(completions.map((c) => [c.month, Number(c.n)]));
  for (const [month, n] of byMonth) if (month < monthOf(start)) done += n;
  const points = monthsFrom(monthOf(start), last).map((month): BurnUpPoint => {
    done += byMonth.get(month) ?? 0;
    const monthEnd = periodSpan(month).end;
    const share = end && span > 0 ? Math.min(1, Math.max(0, daysBetween(start, monthEnd) / span)) : null;
    return { month, completed: done, planned: share == null ? null : round1(items * share) };
  });
  return { total: items, points };
}

export type HealthCounts = Record<Health, number> & { total: number };

/** Each section's and each unit's items by stored light (an item counts once per unit), GROUP BY in SQL. */
export async function planHealthDistribution({ actor, planId }: { actor: Actor; planId: number }) {
  authorize(actor, "board.view");
  const [rows, byDepartment] = await Promise.all([
    db
      .select({
        id: sections.id,
        code: sections.code,
        title: sections.title,
        health: itemHealth.health,
        n: count(),
      })
      .from(itemHealth)
      .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
      .innerJoin(sections, eq(sections.id, workItems.sectionId))
      .where(eq(itemHealth.planId, planId))
      .groupBy(sections.id, sections.code, sections.title, sections.position, itemHealth.health)
      .orderBy(asc(sections.position)),
    countByDepartment(eq(itemHealth.planId, planId)),
  ]);
  const bySection = new Map<number, { id: number; label: string; counts: HealthCounts }>();
  for (const r of rows) {
    const zero = { red: 0, yellow: 0, green: 0, completed: 0, total: 0 };
    const section = bySection.get(r.id) ?? { id: r.id, label: sectionHeading(r.code, r.title), counts: zero };
    bySection.set(r.id, section);
    section.counts[r.health] += Number(r.n);
    section.counts.total += Number(r.n);
  }
  return { bySection: [...bySection.values()], byDepartment: byDepartment as DepartmentCounts[] };
}

export interface OnTimeMonth {
  month: string;
  /** Reports settled: due before today, or due today and already filed. */
  due: number;
  onTime: number;
  /** Percent filed on or before the due day; null for a month with no report due. */
  rate: number | null;
}

/**
 * 按时报送率 for the last ON_TIME_MONTHS months up to today, by the month a report fell due, over
 * every plan (report_obligations; one GROUP BY over the due-date index).
 */
export async function onTimeRate({ actor, today }: { actor: Actor; today?: string }): Promise<OnTimeMonth[]> {
  authorize(actor, "board.view");
  const now = today ?? clockToday();
  const current = periodOf(now, "monthly")!;
  const months = [...previousPeriods(current, ON_TIME_MONTHS - 1).reverse(), current];
  const o = reportObligations;
  const rows = await db
    .select({
      month: sql<string>`to_char(${o.dueOn}, 'YYYY-MM')`,
      due: count(),
      onTime: sql<number>`count(*) filter (where ${o.filedOn} <= ${o.dueOn})::int`,
    })
    .from(o)
    .where(
      and(
        gte(o.dueOn, periodSpan(months[0]!).start),
        lte(o.dueOn, now),
        sql`(${o.dueOn} < ${now}::date or ${o.filedOn} is not null)`,
      ),
    )
    .groupBy(sql`1`);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const due = Number(row?.due ?? 0);
    const onTime = Number(row?.onTime ?? 0);
    return { month, due, onTime, rate: due ? round1((onTime / due) * 100) : null };
  });
}

/** The leader's charts for the chosen plan (else the first published one) and the on-time rate. */
export async function leaderCharts({ actor, planId, today }: { actor: Actor; planId?: number; today?: string }) {
  authorize(actor, "board.view");
  const now = today ?? clockToday();
  await ensureHealthFresh(now);
  // The same for every reader of the same plan until the data changes.
  return versioned(cacheKey("leaderCharts", planId ?? null, now), async () => {
    const choices = await chartPlans({ actor });
    const plan = choices.find((p) => p.id === planId) ?? choices[0] ?? null;
    const [burnUp, health, onTime] = await Promise.all([
      plan ? planBurnUp({ actor, plan, today: now }) : null,
      plan ? planHealthDistribution({ actor, planId: plan.id }) : null,
      onTimeRate({ actor, today: now }),
    ]);
    return { plans: choices, plan, burnUp, health, onTime };
  });
}

export interface IndicatorSeries {
  id: number;
  name: string;
  unit: string;
  comparator: string;
  target: number;
  /** The straight line health measures against: baseline at `from`, target at `to`; null without a baseline. */
  trajectory: { from: string; baseline: number; to: string } | null;
  /** The days the indicator runs over (baseline or dispatch to its due date), for the time axis. */
  span: { from: string; to: string } | null;
  /** One reading a period (at the period's last day): an accepted report's before a submitted one's. */
  readings: { period: string; on: string; value: number; expected: number | null }[];
}

/** An item's indicators with their filed readings and trajectory, for the item page's charts. */
export async function indicatorSeries({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  const [row] = await db
    .select({ item: workItems, periodStart: plans.periodStart, periodEnd: plans.periodEnd })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .where(eq(workItems.id, workItemId));
  if (!row) return [];
  const inds = await db
    .select()
    .from(indicators)
    .where(eq(indicators.workItemId, workItemId))
    .orderBy(asc(indicators.position));
  if (inds.length === 0) return [];
  // Within a period (several units may report one indicator) the health rule's reading: accepted first, then latest.
  const readings = await db
    .selectDistinctOn([indicatorReadings.indicatorId, progressReports.period], {
      indicatorId: indicatorReadings.indicatorId,
      period: progressReports.period,
      value: indicatorReadings.value,
    })
    .from(indicatorReadings)
    .innerJoin(progressReports, eq(progressReports.id, indicatorReadings.reportId))
    .where(
      and(
        inArray(
          indicatorReadings.indicatorId,
          inds.map((i) => i.id),
        ),
        inArray(progressReports.status, ["submitted", "accepted"]),
      ),
    )
    .orderBy(
      asc(indicatorReadings.indicatorId),
      asc(progressReports.period),
      sql`(${progressReports.status} = 'accepted') desc`,
      sql`${progressReports.id} desc`,
    );
  const from = calendarDateOf(row.item.dispatchedAt) ?? row.periodStart;
  const to = effectiveDueOn(row.item, row.periodEnd);
  return inds.map((ind): IndicatorSeries => {
    const start = ind.baselineOn ?? from;
    const end = ind.dueOn ?? to;
    const trajectory =
      ind.baselineValue != null && start && end && daysBetween(start, end) > 0
        ? { from: start, baseline: ind.baselineValue, to: end }
        : null;
    const expectedOn = (day: string) => {
      if (!trajectory) return null;
      const share = Math.min(1, Math.max(0, daysBetween(trajectory.from, day) / daysBetween(trajectory.from, end!)));
      return round1(trajectory.baseline + (ind.targetValue - trajectory.baseline) * share);
    };
    return {
      id: ind.id,
      name: ind.name,
      unit: ind.unit,
      comparator: ind.comparator,
      target: ind.targetValue,
      trajectory,
      span: start && end && daysBetween(start, end) > 0 ? { from: start, to: end } : null,
      readings: readings
        .filter((r) => r.indicatorId === ind.id)
        .map((r) => {
          const on = periodSpan(r.period).end;
          return { period: r.period, on, value: Number(r.value), expected: expectedOn(on) };
        }),
    };
  });
}
