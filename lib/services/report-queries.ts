import "server-only";
import { and, asc, count, desc, eq, exists, inArray, ne, or, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import {
  departments,
  indicatorReadings,
  indicators,
  progressReportRevisions,
  progressReports,
  type ProgressReport,
} from "@/db/schema";
import { authorize, can, scopeOf, type Actor } from "@/lib/authz";
import { today } from "@/lib/clock";
import { periodDueOn, periodOf, previousPeriods } from "@/lib/lifecycle/periods";
import { listEvidence } from "./evidence";
import { itemResource, loadItem } from "./item-access";

/** The read side of progress reports: the report form, an item's reports as each reader may see them. */

export async function readingsOf(q: Queryable, reportIds: number[]) {
  if (reportIds.length === 0) return [];
  return q
    .select({
      reportId: indicatorReadings.reportId,
      indicatorId: indicatorReadings.indicatorId,
      name: indicators.name,
      unit: indicators.unit,
      value: indicatorReadings.value,
    })
    .from(indicatorReadings)
    .innerJoin(indicators, eq(indicators.id, indicatorReadings.indicatorId))
    .where(inArray(indicatorReadings.reportId, reportIds))
    .orderBy(asc(indicators.position));
}

/** The current period and the two before it: what the form offers and what may be reported. */
export function reportablePeriods(current: string): string[] {
  return [current, ...previousPeriods(current, 2)];
}

/** A returned report being reworked is stored as a draft that keeps its return reason; its department still sees it as 被退回. */
export function isReworking(r: Pick<ProgressReport, "status" | "returnReason">): boolean {
  return r.status === "draft" && r.returnReason != null;
}

/** The status the report's own department sees. */
export function shownStatus(r: Pick<ProgressReport, "status" | "returnReason">): ProgressReport["status"] {
  return isReworking(r) ? "returned" : r.status;
}

/** Everything the report form needs: the item, its indicators, the department's report and, for the lead, the supporting input. */
export async function getReportForm({
  actor,
  workItemId,
  period,
}: {
  actor: Actor;
  workItemId: number;
  period?: string | null;
}) {
  const loaded = await loadItem(db, workItemId);
  authorize(actor, "report.write", itemResource(loaded));
  const { item } = loaded;
  const departmentId = actor.departmentId!;
  const role = loaded.assignments.find((a) => a.departmentId === departmentId)?.role ?? "support";
  const currentPeriod = periodOf(today(), item.reportingCycle) ?? periodOf(today(), "monthly")!;
  const thePeriod = period || currentPeriod;
  const itemIndicators = await db
    .select()
    .from(indicators)
    .where(eq(indicators.workItemId, item.id))
    .orderBy(asc(indicators.position));
  const [report] = await db
    .select()
    .from(progressReports)
    .where(
      and(
        eq(progressReports.workItemId, item.id),
        eq(progressReports.departmentId, departmentId),
        eq(progressReports.period, thePeriod),
      ),
    );
  const readings = report ? await readingsOf(db, [report.id]) : [];
  const files = report ? await listEvidence({ actor, ownerType: "progress_report", ownerIds: [report.id] }) : [];
  const supporting =
    role === "lead"
      ? await reportsWithDetails(
          actor,
          item.id,
          and(eq(progressReports.period, thePeriod), ne(progressReports.departmentId, departmentId)),
        )
      : [];
  return {
    item,
    role,
    period: thePeriod,
    /** The current period and the two before it, for late reports. */
    periods: reportablePeriods(currentPeriod),
    dueOn: periodDueOn(thePeriod, item.reportDueDay),
    indicators: itemIndicators,
    report: report ? { ...report, status: shownStatus(report) } : null,
    readings,
    files,
    supporting,
  };
}

/**
 * The item's reports the actor may see. Others never see a draft: a returned report being reworked
 * shows its last submitted version, a fresh draft nothing. The filter (and the callers' limits) run
 * in SQL, so a busy item's hundred reports (and their revisions) are not all read to show the newest.
 */
function visibleOn(actor: Actor, workItemId: number) {
  const readDrafts = scopeOf(actor, "report.readDraft");
  const visibleDraft =
    readDrafts === "all"
      ? sql`true`
      : or(
          readDrafts === "department" ? eq(progressReports.departmentId, actor.departmentId ?? -1) : undefined,
          exists(
            db
              .select({ one: sql`1` })
              .from(progressReportRevisions)
              .where(eq(progressReportRevisions.reportId, progressReports.id)),
          ),
        );
  return and(eq(progressReports.workItemId, workItemId), or(ne(progressReports.status, "draft"), visibleDraft));
}

/** The order reports are shown in: newest period first, then by unit. */
const NEWEST_FIRST = [desc(progressReports.period), asc(departments.name)] as const;

async function reportsWithDetails(actor: Actor, workItemId: number, extra?: ReturnType<typeof and>) {
  const own = (r: Pick<ProgressReport, "departmentId">) =>
    can(actor, "report.readDraft", { type: "department", departmentId: r.departmentId });
  const visible = await db
    .select({ report: progressReports, departmentName: departments.name })
    .from(progressReports)
    .innerJoin(departments, eq(departments.id, progressReports.departmentId))
    .where(and(visibleOn(actor, workItemId), extra))
    .orderBy(...NEWEST_FIRST);
  const ids = visible.map((r) => r.report.id);
  const [revisions, readings, files] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(progressReportRevisions)
          .where(inArray(progressReportRevisions.reportId, ids))
          .orderBy(asc(progressReportRevisions.revision))
      : [],
    readingsOf(db, ids),
    listEvidence({ actor, ownerType: "progress_report", ownerIds: ids }),
  ]);
  const lastSubmitted = (reportId: number) => revisions.filter((r) => r.reportId === reportId).at(-1);
  const needsNames = visible.some((r) => r.report.status === "draft" && !own(r.report));
  const itemIndicators = needsNames
    ? await db.select().from(indicators).where(eq(indicators.workItemId, workItemId))
    : [];
  return visible.map(({ report, departmentName }) => {
    const common = {
      departmentName,
      files: files.filter((f) => f.ownerId === report.id),
      revisions: revisions.filter((r) => r.reportId === report.id),
    };
    if (report.status !== "draft" || own(report)) {
      return {
        ...report,
        status: shownStatus(report),
        ...common,
        readings: readings.filter((r) => r.reportId === report.id),
      };
    }
    const snap = lastSubmitted(report.id)!.snapshot as Partial<ProgressReport> & {
      readings?: { indicatorId: number; value: number }[];
    };
    const submittedReadings = (snap.readings ?? []).flatMap((r) => {
      const ind = itemIndicators.find((i) => i.id === r.indicatorId);
      return ind
        ? [{ reportId: report.id, indicatorId: r.indicatorId, name: ind.name, unit: ind.unit, value: r.value }]
        : [];
    });
    return {
      ...report,
      status: "returned" as const,
      progressStatus: snap.progressStatus ?? report.progressStatus,
      percent: snap.percent ?? report.percent,
      narrative: snap.narrative ?? "",
      difficulties: snap.difficulties ?? null,
      helpNeeded: snap.helpNeeded ?? null,
      ...common,
      readings: submittedReadings,
    };
  });
}

/** How many of the item's reports await review (the secretariat's main action on the item page). */
export async function countWaitingReports({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  const [row] = await db
    .select({ n: count() })
    .from(progressReports)
    .where(and(eq(progressReports.workItemId, workItemId), eq(progressReports.status, "submitted")));
  return row?.n ?? 0;
}

/** Reports on an item the actor may see: every submitted one, drafts only for their own department. */
export async function listItemReports({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  return reportsWithDetails(actor, workItemId);
}

/**
 * The item page's reports: every one awaiting review, then the newest others up to `limit` (an item
 * reported on monthly by several units for years has a hundred), with how many there are in all.
 */
export async function itemReportsPage({
  actor,
  workItemId,
  limit,
}: {
  actor: Actor;
  workItemId: number;
  limit: number;
}) {
  authorize(actor, "plan.read");
  // One read of reports and details: every waiting report, and the newest `limit` others.
  const newestOthers = db
    .select({ id: progressReports.id })
    .from(progressReports)
    .innerJoin(departments, eq(departments.id, progressReports.departmentId))
    .where(and(visibleOn(actor, workItemId), ne(progressReports.status, "submitted")))
    .orderBy(...NEWEST_FIRST)
    .limit(limit);
  const which = Number.isFinite(limit)
    ? or(eq(progressReports.status, "submitted"), limit > 0 ? inArray(progressReports.id, newestOthers) : undefined)
    : undefined;
  const [read, [counted]] = await Promise.all([
    reportsWithDetails(actor, workItemId, which),
    db
      .select({ n: count() })
      .from(progressReports)
      .where(and(eq(progressReports.workItemId, workItemId), ne(progressReports.status, "draft"))),
  ]);
  const waiting = read.filter((r) => r.status === "submitted").length;
  // Every waiting report and the newest others up to the limit, in the page's order (newest period
  // first, then unit), as listItemReports gives them.
  let room = Math.max(0, limit - waiting);
  const shown = read.filter((r) => r.status === "submitted" || room-- > 0);
  const drafts = read.filter((r) => r.status === "draft").length;
  return { reports: shown, waiting, total: Math.max(shown.length, (counted?.n ?? 0) + drafts) };
}
export type ItemReport = Awaited<ReturnType<typeof listItemReports>>[number];
