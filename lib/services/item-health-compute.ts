import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db";
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
import { addDays } from "@/lib/clock";
import { calendarDateOf, computeHealth, effectiveDueOn, requiredPeriods } from "@/lib/health";
import type { HealthSettings } from "@/lib/settings/health";
import { getHealthSettings } from "@/lib/settings/store";
import { itemRowFields, type ItemHealthRow } from "./item-row";

export type { ItemAssignment, ItemHealthRow } from "./item-row";

const FILED = ["submitted", "accepted"] as const;

/**
 * Health computed from the source rows, by the rules of lib/health, for the dispatched or completed
 * items of one plan or the given items (all of them when neither is given: the drift check), in one
 * pass after five set-based queries: items, units, filed reports, notices, indicators. Pages do not
 * call this: they read the stored result (lib/services/health-store.ts), which this keeps current.
 */
export async function computeItemHealth(
  q: Queryable,
  options: { today: string; planId?: number; planIds?: number[]; workItemIds?: number[]; settings?: HealthSettings },
): Promise<ItemHealthRow[]> {
  if (options.workItemIds?.length === 0) return [];
  const settings = options.settings ?? (await getHealthSettings(q));
  return healthOf(await loadHealthInputs(q, options), options.today, settings);
}

/** The source rows health is computed from (computeItemHealth's queries, apart from its rules). */
export type HealthInputs = Awaited<ReturnType<typeof loadHealthInputs>>;

/**
 * Reads the source rows of computeItemHealth. The daily job reads the next pass's while it computes
 * this one's, so the database and the rules run at the same time.
 */
export async function loadHealthInputs(
  q: Queryable,
  options: { planId?: number; planIds?: number[]; workItemIds?: number[] },
) {
  const where = and(
    ne(workItems.status, "draft"),
    options.planId ? eq(workItems.planId, options.planId) : undefined,
    options.planIds ? sql`${workItems.planId} = any(${sql.param(options.planIds)}::int[])` : undefined,
    // A handful of ids from a write or a page, as one array parameter.
    options.workItemIds ? sql`${workItems.id} = any(${sql.param(options.workItemIds)}::int[])` : undefined,
  );
  const items = await q
    // Only the plan columns health needs: the plan row also holds the whole source document.
    .select({
      item: {
        id: workItems.id,
        code: workItems.code,
        title: workItems.title,
        status: workItems.status,
        dueOn: workItems.dueOn,
        ongoing: workItems.ongoing,
        dispatchedAt: workItems.dispatchedAt,
        completedAt: workItems.completedAt,
        reportingCycle: workItems.reportingCycle,
        reportDueDay: workItems.reportDueDay,
      },
      plan: { id: plans.id, title: plans.title, periodStart: plans.periodStart, periodEnd: plans.periodEnd },
      section: { id: sections.id, code: sections.code, title: sections.title },
    })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .where(where)
    .orderBy(asc(plans.id), asc(sections.position), asc(workItems.position), asc(workItems.id));
  if (items.length === 0) return null;
  // The same items as a subquery, not a list of ids: one bind parameter per id would fail past
  // PostgreSQL's 65,535 and slow long before.
  const ids = q.select({ id: workItems.id }).from(workItems).where(where);
  // A report counts when its department leads the item (any department's, when none leads).
  const lead = alias(assignments, "lead");
  const onLead = and(eq(lead.workItemId, progressReports.workItemId), eq(lead.role, "lead"));
  const byLead = or(isNull(lead.departmentId), eq(lead.departmentId, progressReports.departmentId));
  const [units, filings, percents, notices, inds, readings] = await Promise.all([
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
    // The lead's filings only, one row per item and period: when it was first filed.
    q
      .select({
        workItemId: progressReports.workItemId,
        period: progressReports.period,
        // Its Asia/Shanghai calendar date, as text: a city has hundreds of thousands of these.
        firstFiled: sql<string>`((min(${progressReports.submittedAt}) at time zone 'Asia/Shanghai')::date)::text`,
      })
      .from(progressReports)
      .leftJoin(lead, onLead)
      .where(
        and(
          inArray(progressReports.workItemId, ids),
          inArray(progressReports.status, [...FILED]),
          isNotNull(progressReports.submittedAt),
          byLead,
        ),
      )
      .groupBy(progressReports.workItemId, progressReports.period),
    // The lead's latest percent per item: an accepted report before a submitted one, then the latest period.
    q
      .selectDistinctOn([progressReports.workItemId], {
        workItemId: progressReports.workItemId,
        percent: progressReports.percent,
      })
      .from(progressReports)
      .leftJoin(lead, onLead)
      .where(and(inArray(progressReports.workItemId, ids), inArray(progressReports.status, [...FILED]), byLead))
      .orderBy(
        progressReports.workItemId,
        sql`${progressReports.status} = 'accepted' desc`,
        desc(progressReports.period),
      ),
    q
      .select({
        workItemId: supervisionNotices.workItemId,
        respondBy: supervisionNotices.respondBy,
        status: supervisionNotices.status,
      })
      .from(supervisionNotices)
      .where(inArray(supervisionNotices.workItemId, ids)),
    q
      .select({
        id: indicators.id,
        workItemId: indicators.workItemId,
        name: indicators.name,
        comparator: indicators.comparator,
        targetValue: indicators.targetValue,
        unit: indicators.unit,
        baselineValue: indicators.baselineValue,
        baselineOn: indicators.baselineOn,
        dueOn: indicators.dueOn,
      })
      .from(indicators)
      .where(inArray(indicators.workItemId, ids))
      .orderBy(asc(indicators.position)),
    q
      .select({
        indicatorId: indicatorReadings.indicatorId,
        value: indicatorReadings.value,
        period: progressReports.period,
        status: progressReports.status,
        reportId: progressReports.id,
      })
      .from(indicatorReadings)
      .innerJoin(progressReports, eq(progressReports.id, indicatorReadings.reportId))
      .where(
        and(
          inArray(
            indicatorReadings.indicatorId,
            q.select({ id: indicators.id }).from(indicators).where(inArray(indicators.workItemId, ids)),
          ),
          inArray(progressReports.status, [...FILED]),
        ),
      ),
  ]);
  return { items, units, filings, percents, notices, inds, readings };
}

/** Health by the rules of lib/health from the rows loadHealthInputs read. */
export function healthOf(inputs: HealthInputs, today: string, settings: HealthSettings): ItemHealthRow[] {
  if (!inputs) return [];
  const { items, units, filings, percents, notices, inds, readings } = inputs;
  const group = <T extends { workItemId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) (map.get(row.workItemId) ?? map.set(row.workItemId, []).get(row.workItemId)!).push(row);
    return map;
  };
  const unitsBy = group(units);
  const filingsBy = group(filings);
  const percentOf = new Map(percents.map((p) => [p.workItemId, p.percent]));
  const noticesBy = group(notices);
  const indsBy = group(inds);
  // The latest period's reading; within a period (several units report one indicator) an accepted
  // report's before a submitted one's, then the most recent report's — the same answer every time.
  const rank = (r: { period: string; status: string; reportId: number }) =>
    [r.period, r.status === "accepted" ? 1 : 0, r.reportId] as const;
  const later = (a: ReturnType<typeof rank>, b: ReturnType<typeof rank>) =>
    a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])));
  const latestReading = new Map<number, { value: number; rank: ReturnType<typeof rank> }>();
  for (const r of readings) {
    const seen = latestReading.get(r.indicatorId);
    if (!seen || later(rank(r), seen.rank)) latestReading.set(r.indicatorId, { value: r.value, rank: rank(r) });
  }

  return items.map(({ item, plan, section }) => {
    const itemUnits = unitsBy.get(item.id) ?? [];
    const firstFiled = new Map((filingsBy.get(item.id) ?? []).map((f) => [f.period, calendarDateOf(f.firstFiled)]));
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
    const reportInputs = owed.map((p) => ({
      period: p.period,
      dueOn: p.dueOn,
      submittedOn: firstFiled.get(p.period) ?? null,
    }));
    const progressPercent = percentOf.get(item.id) ?? null;
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
        item: {
          status: item.status,
          dueOn,
          ongoing: item.ongoing,
          dispatchedAt: item.dispatchedAt,
          completedAt: item.completedAt,
        },
        progressPercent,
        reports: reportInputs,
        notices: noticesBy.get(item.id) ?? [],
        indicators: itemInds,
      },
      settings,
    );
    return {
      ...itemRowFields({ item, plan, section }),
      dueOn,
      assignments: itemUnits.map(({ departmentId, departmentName, role, acknowledgedAt }) => ({
        departmentId,
        departmentName,
        role,
        acknowledgedAt,
      })),
      progressPercent,
      indicators: itemInds.map(({ id, name, comparator, target, unit, latest: l }) => ({
        id,
        name,
        comparator,
        target,
        unit,
        latest: l,
      })),
      health,
    };
  });
}
