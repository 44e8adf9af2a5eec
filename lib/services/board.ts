import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import {
  assignments,
  departments,
  indicatorReadings,
  indicators,
  plans,
  progressReports,
  sections,
  supervisionNotices,
  workItems,
} from "@/db/schema";
import { authorize, scopeOf, type Actor } from "@/lib/authz";
import { addDays, today as clockToday } from "@/lib/clock";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { calendarDateOf, computeHealth, effectiveDueOn, requiredPeriods, type Health, type HealthResult } from "@/lib/health";
import { getHealthSettings } from "@/lib/settings/store";
import type { HealthSettings } from "@/lib/settings/health";
import type { BoardFilters } from "@/lib/validations/board";

export interface ItemAssignment {
  departmentId: number;
  departmentName: string;
  role: "lead" | "support";
  acknowledgedAt: Date | null;
}

/** A dispatched (or completed) item with everything the board, ranking and dashboards show. */
export interface ItemHealthRow {
  id: number;
  planId: number;
  planTitle: string;
  planPeriodStart: string | null;
  planPeriodEnd: string | null;
  sectionId: number;
  sectionCode: string;
  sectionTitle: string;
  code: string;
  title: string;
  status: "draft" | "dispatched" | "completed";
  dueOn: string | null;
  dispatchedOn: string | null;
  completedOn: string | null;
  reportingCycle: "monthly" | "quarterly" | "none";
  reportDueDay: number;
  assignments: ItemAssignment[];
  progressPercent: number | null;
  indicators: { id: number; name: string; comparator: string; target: number; unit: string; latest: number | null }[];
  health: HealthResult;
}

const FILED = ["submitted", "accepted"] as const;

/**
 * Health of every dispatched or completed item (optionally of one plan), computed in memory in
 * one pass after five set-based queries: items, units, filed reports, notices, indicators.
 */
export async function loadItemHealth(
  options: { today?: string; planId?: number; workItemId?: number; settings?: HealthSettings; q?: Queryable } = {},
): Promise<ItemHealthRow[]> {
  const q = options.q ?? db;
  const today = options.today ?? clockToday();
  const settings = options.settings ?? (await getHealthSettings(q));
  const where = and(
    ne(workItems.status, "draft"),
    options.planId ? eq(workItems.planId, options.planId) : undefined,
    options.workItemId ? eq(workItems.id, options.workItemId) : undefined,
  );
  const items = await q
    // Only the plan columns health needs: the plan row also holds the whole source document.
    .select({
      item: workItems,
      plan: { id: plans.id, title: plans.title, periodStart: plans.periodStart, periodEnd: plans.periodEnd },
      section: sections,
    })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .where(where)
    .orderBy(asc(plans.id), asc(sections.position), asc(workItems.position), asc(workItems.id));
  if (items.length === 0) return [];
  // The same items as a subquery, not a list of ids: one bind parameter per id would fail past
  // PostgreSQL's 65,535 and slow long before.
  const ids = q.select({ id: workItems.id }).from(workItems).where(where);
  const [units, reports, notices, inds] = await Promise.all([
    q
      .select({
        workItemId: assignments.workItemId,
        departmentId: assignments.departmentId,
        departmentName: departments.name,
        role: assignments.role,
        acknowledgedAt: assignments.acknowledgedAt,
      })
      .from(assignments)
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(inArray(assignments.workItemId, ids))
      .orderBy(asc(assignments.position)),
    q
      .select({
        id: progressReports.id,
        workItemId: progressReports.workItemId,
        departmentId: progressReports.departmentId,
        period: progressReports.period,
        status: progressReports.status,
        percent: progressReports.percent,
        submittedAt: progressReports.submittedAt,
      })
      .from(progressReports)
      .where(and(inArray(progressReports.workItemId, ids), inArray(progressReports.status, [...FILED]))),
    q
      .select({ workItemId: supervisionNotices.workItemId, respondBy: supervisionNotices.respondBy, status: supervisionNotices.status })
      .from(supervisionNotices)
      .where(inArray(supervisionNotices.workItemId, ids)),
    q.select().from(indicators).where(inArray(indicators.workItemId, ids)).orderBy(asc(indicators.position)),
  ]);
  const readings = inds.length
    ? await q
        .select({ indicatorId: indicatorReadings.indicatorId, value: indicatorReadings.value, period: progressReports.period, status: progressReports.status })
        .from(indicatorReadings)
        .innerJoin(progressReports, eq(progressReports.id, indicatorReadings.reportId))
        .where(
          and(
            inArray(indicatorReadings.indicatorId, q.select({ id: indicators.id }).from(indicators).where(inArray(indicators.workItemId, ids))),
            inArray(progressReports.status, [...FILED]),
          ),
        )
    : [];

  const group = <T extends { workItemId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) (map.get(row.workItemId) ?? map.set(row.workItemId, []).get(row.workItemId)!).push(row);
    return map;
  };
  const unitsBy = group(units);
  const reportsBy = group(reports);
  const noticesBy = group(notices);
  const indsBy = group(inds);
  const latestReading = new Map<number, { value: number; period: string }>();
  for (const r of readings) {
    const seen = latestReading.get(r.indicatorId);
    if (!seen || r.period > seen.period) latestReading.set(r.indicatorId, { value: r.value, period: r.period });
  }

  return items.map(({ item, plan, section }) => {
    const itemUnits = unitsBy.get(item.id) ?? [];
    const leads = new Set(itemUnits.filter((u) => u.role === "lead").map((u) => u.departmentId));
    const leadReports = (reportsBy.get(item.id) ?? []).filter((r) => leads.size === 0 || leads.has(r.departmentId));
    const dueOn = effectiveDueOn(item, plan.periodEnd);
    const dispatchedOn = calendarDateOf(item.dispatchedAt);
    // Periods due up to a few days ahead, so "due soon" can be told as well as "late".
    const owed = requiredPeriods({
      cycle: item.reportingCycle,
      reportDueDay: item.reportDueDay,
      dispatchedOn,
      until: addDays(today, settings.reportDueSoonDays),
      itemDueOn: dueOn,
    });
    const reportInputs = owed.map((p) => {
      const filed = leadReports.filter((r) => r.period === p.period && r.submittedAt).map((r) => calendarDateOf(r.submittedAt)!);
      return { period: p.period, dueOn: p.dueOn, submittedOn: filed.sort()[0] ?? null };
    });
    const latest = [...leadReports].sort((a, b) =>
      a.status === b.status ? b.period.localeCompare(a.period) : a.status === "accepted" ? -1 : 1,
    )[0];
    const progressPercent = latest?.percent ?? null;
    const itemInds = (indsBy.get(item.id) ?? []).map((ind) => ({
      id: ind.id,
      name: ind.name,
      comparator: ind.comparator,
      target: ind.targetValue,
      unit: ind.unit,
      baseline: ind.baselineValue,
      baselineOn: ind.baselineOn,
      dueOn: ind.dueOn,
      latest: latestReading.get(ind.id)?.value ?? null,
    }));
    const health = computeHealth(
      {
        today,
        item: { status: item.status, dueOn, ongoing: item.ongoing, dispatchedAt: item.dispatchedAt, completedAt: item.completedAt },
        progressPercent,
        reports: reportInputs,
        notices: noticesBy.get(item.id) ?? [],
        indicators: itemInds,
      },
      settings,
    );
    return {
      id: item.id,
      planId: plan.id,
      planTitle: plan.title,
      planPeriodStart: plan.periodStart,
      planPeriodEnd: plan.periodEnd,
      sectionId: section.id,
      sectionCode: section.code,
      sectionTitle: section.title,
      code: item.code,
      title: item.title,
      status: item.status,
      dueOn,
      dispatchedOn,
      completedOn: calendarDateOf(item.completedAt),
      reportingCycle: item.reportingCycle,
      reportDueDay: item.reportDueDay,
      assignments: itemUnits.map(({ departmentId, departmentName, role, acknowledgedAt }) => ({ departmentId, departmentName, role, acknowledgedAt })),
      progressPercent,
      indicators: itemInds.map(({ id, name, comparator, target, unit, latest: l }) => ({ id, name, comparator, target, unit, latest: l })),
      health,
    };
  });
}

const HEALTH_ORDER: Record<Health, number> = { red: 0, yellow: 1, green: 2, completed: 3 };

/** Red first, then by days overdue (most first), then yellow, green, completed; plan order within. */
export function compareByUrgency(a: ItemHealthRow, b: ItemHealthRow): number {
  return HEALTH_ORDER[a.health.health] - HEALTH_ORDER[b.health.health] || b.health.daysOverdue - a.health.daysOverdue;
}

function matches(row: ItemHealthRow, f: BoardFilters): boolean {
  if (f.planId && row.planId !== f.planId) return false;
  if (f.sectionId && row.sectionId !== f.sectionId) return false;
  if (f.departmentId || f.role) {
    const hit = row.assignments.some((a) => (!f.departmentId || a.departmentId === f.departmentId) && (!f.role || a.role === f.role));
    if (!hit) return false;
  }
  if (f.health && row.health.health !== f.health) return false;
  if (f.minDaysOverdue != null && row.health.daysOverdue < f.minDaysOverdue) return false;
  if (f.missingReports && row.health.missingReports === 0) return false;
  return true;
}

export interface DepartmentCounts {
  departmentId: number;
  departmentName: string;
  red: number;
  yellow: number;
  green: number;
  completed: number;
  total: number;
}

/** Items per department and health among the given rows (an item counts once for each of its units). */
export function countByDepartment(rows: ItemHealthRow[], filters: Pick<BoardFilters, "departmentId" | "role"> = {}): DepartmentCounts[] {
  const byDept = new Map<number, DepartmentCounts>();
  for (const row of rows) {
    for (const unit of row.assignments) {
      if (filters.departmentId && unit.departmentId !== filters.departmentId) continue;
      if (filters.role && unit.role !== filters.role) continue;
      const c =
        byDept.get(unit.departmentId) ??
        byDept
          .set(unit.departmentId, { departmentId: unit.departmentId, departmentName: unit.departmentName, red: 0, yellow: 0, green: 0, completed: 0, total: 0 })
          .get(unit.departmentId)!;
      c[row.health.health] += 1;
      c.total += 1;
    }
  }
  return [...byDept.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.departmentId - b.departmentId);
}

/**
 * 督办看板: every dispatched item with its health and reasons, filtered and sorted red-first,
 * with counts per department and the choices the filters offer. A liaison (export only) sees
 * their own department's items and nothing else.
 */
export async function getBoard({ actor, filters, today }: { actor: Actor; filters: BoardFilters; today?: string }) {
  authorize(actor, "plan.read");
  const scoped = scopeOf(actor, "export") === "department";
  const effective: BoardFilters = scoped ? { ...filters, departmentId: actor.departmentId ?? -1 } : filters;
  const all = await loadItemHealth({ today });
  const rows = all.filter((r) => matches(r, effective)).sort(compareByUrgency);
  const visible = scoped ? all.filter((r) => r.assignments.some((a) => a.departmentId === actor.departmentId)) : all;
  const planOptions = uniqueBy(visible.map((r) => ({ id: r.planId, label: r.planTitle })));
  const sectionOptions = uniqueBy(
    visible.filter((r) => !effective.planId || r.planId === effective.planId).map((r) => ({ id: r.sectionId, label: sectionHeading(r.sectionCode, r.sectionTitle) })),
  );
  const departmentOptions = uniqueBy(visible.flatMap((r) => r.assignments.map((a) => ({ id: a.departmentId, label: a.departmentName }))))
    .filter((d) => !scoped || d.id === actor.departmentId)
    .sort((a, b) => a.id - b.id);
  return {
    today: today ?? clockToday(),
    filters: effective,
    rows,
    counts: countByDepartment(rows, effective),
    options: { plans: planOptions, sections: sectionOptions, departments: departmentOptions },
  };
}
export type Board = Awaited<ReturnType<typeof getBoard>>;

function uniqueBy<T extends { id: number }>(list: T[]): T[] {
  const seen = new Map<number, T>();
  for (const x of list) if (!seen.has(x.id)) seen.set(x.id, x);
  return [...seen.values()];
}
