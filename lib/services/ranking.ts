import "server-only";
import { and, asc, eq, exists, inArray, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments, itemHealth, plans, progressReports, supervisionNotices, workItems } from "@/db/schema";
import { authorize, scopeOf, type Actor } from "@/lib/authz";
import { daysBetween, today as clockToday } from "@/lib/clock";
import { calendarDateOf, requiredPeriods } from "@/lib/health";
import type { RankingOptions } from "@/lib/validations/board";
import { ensureHealthFresh } from "./health-store";

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
}

/** The stored lights of the dispatched items (of one plan) with their units: what the ranking counts. */
async function rankedItems(planId: number | undefined) {
  const where = planId ? eq(itemHealth.planId, planId) : undefined;
  const [rows, units] = await Promise.all([
    db
      .select({
        id: workItems.id,
        status: workItems.status,
        reportingCycle: workItems.reportingCycle,
        reportDueDay: workItems.reportDueDay,
        dispatchedAt: workItems.dispatchedAt,
        completedAt: workItems.completedAt,
        dueOn: itemHealth.dueOn,
        daysOverdue: itemHealth.daysOverdue,
        planPeriodStart: plans.periodStart,
      })
      .from(itemHealth)
      .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
      .innerJoin(plans, eq(plans.id, itemHealth.planId))
      .where(where),
    db
      .select({ workItemId: assignments.workItemId, departmentId: assignments.departmentId, departmentName: departments.name, role: assignments.role })
      .from(assignments)
      .innerJoin(itemHealth, eq(itemHealth.workItemId, assignments.workItemId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(where)
      .orderBy(asc(assignments.position)),
  ]);
  const unitsBy = new Map<number, typeof units>();
  for (const u of units) (unitsBy.get(u.workItemId) ?? unitsBy.set(u.workItemId, []).get(u.workItemId)!).push(u);
  return rows.map((r) => ({
    ...r,
    dispatchedOn: calendarDateOf(r.dispatchedAt),
    completedOn: calendarDateOf(r.completedAt),
    assignments: unitsBy.get(r.id) ?? [],
  }));
}

/**
 * 通报: per department — items led and supported, on-time report rate for reports due in the period,
 * overdue items, open notices, average days late. Liaisons see their own department's row only.
 */
export async function getRanking({ actor, options, today }: { actor: Actor; options: RankingOptions; today?: string }) {
  authorize(actor, "plan.read");
  const now = today ?? clockToday();
  await ensureHealthFresh(now);
  const items = await rankedItems(options.planId);
  const periodStarts = items.map((i) => i.planPeriodStart).filter((d): d is string => Boolean(d));
  const from = options.from ?? (periodStarts.sort()[0] || now.slice(0, 4) + "-01-01");
  const to = options.to ?? now;
  const until = to < now ? to : now;
  // The items as a subquery, not one bind parameter per id.
  const ids = db
    .select({ id: itemHealth.workItemId })
    .from(itemHealth)
    .where(options.planId ? eq(itemHealth.planId, options.planId) : undefined);
  const [reports, notices] = items.length
    ? await Promise.all([
        db
          .select({ workItemId: progressReports.workItemId, departmentId: progressReports.departmentId, period: progressReports.period, submittedAt: progressReports.submittedAt })
          .from(progressReports)
          .where(and(inArray(progressReports.workItemId, ids), ne(progressReports.status, "draft"))),
        db
          .select({ departmentId: supervisionNotices.departmentId })
          .from(supervisionNotices)
          .where(and(inArray(supervisionNotices.workItemId, ids), eq(supervisionNotices.status, "open"))),
      ])
    : [[], []];
  const filedOn = new Map<string, string>();
  for (const r of reports) {
    const on = calendarDateOf(r.submittedAt);
    const key = `${r.workItemId}:${r.departmentId}:${r.period}`;
    if (on && (!filedOn.has(key) || on < filedOn.get(key)!)) filedOn.set(key, on);
  }

  const rows = new Map<number, RankingRow & { lateDays: number[] }>();
  const rowOf = (departmentId: number, departmentName: string) =>
    rows.get(departmentId) ??
    rows
      .set(departmentId, { departmentId, departmentName, led: 0, supported: 0, reportsDue: 0, reportsOnTime: 0, onTimeRate: null, overdue: 0, openNotices: 0, avgDaysLate: null, lateDays: [] })
      .get(departmentId)!;
  for (const item of items) {
    const owed = requiredPeriods({ cycle: item.reportingCycle, reportDueDay: item.reportDueDay, dispatchedOn: item.dispatchedOn, until, itemDueOn: item.dueOn }).filter(
      (p) => p.dueOn >= from && (!item.completedOn || p.dueOn <= item.completedOn),
    );
    const lateDays =
      item.status === "completed" ? (item.dueOn && item.completedOn ? daysBetween(item.dueOn, item.completedOn) : 0) : item.daysOverdue;
    for (const unit of item.assignments) {
      const row = rowOf(unit.departmentId, unit.departmentName);
      if (unit.role === "lead") row.led += 1;
      else row.supported += 1;
      if (item.daysOverdue > 0) row.overdue += 1;
      if (lateDays > 0) row.lateDays.push(lateDays);
      for (const p of owed) {
        row.reportsDue += 1;
        const on = filedOn.get(`${item.id}:${unit.departmentId}:${p.period}`);
        if (on && on <= p.dueOn) row.reportsOnTime += 1;
      }
    }
  }
  for (const n of notices) {
    const row = rows.get(n.departmentId);
    if (row) row.openNotices += 1;
  }
  let list: RankingRow[] = [...rows.values()].map(({ lateDays, ...row }) => ({
    ...row,
    onTimeRate: row.reportsDue ? Math.round((row.reportsOnTime / row.reportsDue) * 1000) / 10 : null,
    avgDaysLate: lateDays.length ? Math.round((lateDays.reduce((s, d) => s + d, 0) / lateDays.length) * 10) / 10 : null,
  }));
  if (scopeOf(actor, "export") === "department") list = list.filter((r) => r.departmentId === actor.departmentId);
  const sign = options.dir === "asc" ? 1 : -1;
  list.sort((a, b) => {
    if (options.sort === "name") return sign * a.departmentName.localeCompare(b.departmentName, "zh-CN");
    const av = a[options.sort] ?? -1;
    const bv = b[options.sort] ?? -1;
    return sign * (av - bv) || a.departmentId - b.departmentId;
  });
  const planOptions = await db
    .select({ id: plans.id, label: plans.title })
    .from(plans)
    .where(exists(db.select({ one: sql`1` }).from(itemHealth).where(eq(itemHealth.planId, plans.id))))
    .orderBy(plans.id);
  return { from, to, sort: options.sort, dir: options.dir, planId: options.planId, rows: list, planOptions };
}
export type Ranking = Awaited<ReturnType<typeof getRanking>>;
