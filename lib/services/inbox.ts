import "server-only";
import { and, asc, count, countDistinct, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { db } from "@/db";
import {
  assignments,
  completionRequests,
  departments,
  extensionRequests,
  plans,
  progressReports,
  workItems,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { forbidden } from "@/lib/errors";
import { addDays, today } from "@/lib/clock";
import { periodDueOn, periodOf } from "@/lib/lifecycle/periods";
import { effectiveDueOn } from "@/lib/health";
import { getHealthSettings } from "@/lib/settings/store";
import { isReworking } from "./reports";
import { cacheKey, versioned } from "./data-version";

export const INBOX_TABS = ["unacknowledged", "toReport", "returned", "dueSoon", "overdue"] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export interface InboxRow {
  itemId: number;
  code: string;
  title: string;
  planTitle: string;
  role: "lead" | "support";
  dueOn: string | null;
  period?: string;
  reportDueOn?: string;
  returnReason?: string | null;
}

/** 我的任务: what the liaison's department owes, by tab (as of `on`, default today in Asia/Shanghai). */
export async function getInbox({ actor, on }: { actor: Actor; on?: string }): Promise<Record<InboxTab, InboxRow[]>> {
  authorize(actor, "report.write");
  if (actor.departmentId == null) throw forbidden();
  const departmentId = actor.departmentId;
  const now = on ?? today();
  // The department's liaisons share one computation until the data changes.
  return versioned(cacheKey("inbox", departmentId, now), () => departmentInbox(departmentId, now));
}

async function departmentInbox(departmentId: number, now: string): Promise<Record<InboxTab, InboxRow[]>> {
  // 即将到期 uses the same window as the yellow light.
  const { warningWindowDays } = await getHealthSettings();
  const rows = await db
    .select({
      item: {
        id: workItems.id,
        code: workItems.code,
        title: workItems.title,
        dueOn: workItems.dueOn,
        ongoing: workItems.ongoing,
        reportingCycle: workItems.reportingCycle,
        reportDueDay: workItems.reportDueDay,
      },
      role: assignments.role,
      acknowledgedAt: assignments.acknowledgedAt,
      planTitle: plans.title,
      planPeriodEnd: plans.periodEnd,
    })
    .from(assignments)
    .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .where(and(eq(assignments.departmentId, departmentId), eq(workItems.status, "dispatched")))
    .orderBy(asc(workItems.dueOn), asc(workItems.id));
  // Only the reports a tab can show: this period's (monthly or quarterly) and those sent back for
  // rework, not the department's whole history; grouped by item so each row looks up its own.
  const currentPeriods = [periodOf(now, "monthly"), periodOf(now, "quarterly")].filter((p): p is string => p != null);
  const reportRows = rows.length
    ? await db
        .select({
          workItemId: progressReports.workItemId,
          period: progressReports.period,
          status: progressReports.status,
          returnReason: progressReports.returnReason,
        })
        .from(progressReports)
        .innerJoin(workItems, eq(workItems.id, progressReports.workItemId))
        .where(
          and(
            eq(progressReports.departmentId, departmentId),
            eq(workItems.status, "dispatched"),
            or(
              inArray(progressReports.period, currentPeriods),
              eq(progressReports.status, "returned"),
              and(eq(progressReports.status, "draft"), isNotNull(progressReports.returnReason)),
            ),
          ),
        )
        .orderBy(asc(progressReports.period))
    : [];
  const reports = new Map<number, typeof reportRows>();
  for (const report of reportRows) {
    const list = reports.get(report.workItemId);
    if (list) list.push(report);
    else reports.set(report.workItemId, [report]);
  }
  const base = (r: (typeof rows)[number]): InboxRow => ({
    itemId: r.item.id,
    code: r.item.code,
    title: r.item.title,
    planTitle: r.planTitle,
    role: r.role,
    // The same date the red light uses: items without one fall due at the plan period's end unless ongoing.
    dueOn: effectiveDueOn(r.item, r.planPeriodEnd),
  });
  const out: Record<InboxTab, InboxRow[]> = {
    unacknowledged: [],
    toReport: [],
    returned: [],
    dueSoon: [],
    overdue: [],
  };
  for (const r of rows) {
    if (!r.acknowledgedAt) out.unacknowledged.push(base(r));
    const period = periodOf(now, r.item.reportingCycle);
    const own = reports.get(r.item.id) ?? [];
    if (period) {
      const report = own.find((p) => p.period === period);
      if (!report || (report.status === "draft" && !isReworking(report))) {
        out.toReport.push({ ...base(r), period, reportDueOn: periodDueOn(period, r.item.reportDueDay) });
      }
    }
    // A returned report stays 被退回 while the department reworks it (saved as a draft keeping its return reason).
    for (const p of own.filter((p) => p.status === "returned" || isReworking(p))) {
      out.returned.push({ ...base(r), period: p.period, returnReason: p.returnReason });
    }
    const dueOn = effectiveDueOn(r.item, r.planPeriodEnd);
    if (dueOn && dueOn < now) out.overdue.push(base(r));
    else if (dueOn && dueOn <= addDays(now, warningWindowDays)) out.dueSoon.push(base(r));
  }
  return out;
}

/** The number on each tab: what the home page's count cards show too, from the same rows. */
export function inboxCounts(inbox: Record<InboxTab, InboxRow[]>): Record<InboxTab, number> {
  return Object.fromEntries(INBOX_TABS.map((tab) => [tab, inbox[tab].length])) as Record<InboxTab, number>;
}

/** Rows per section of the 审核 page (each report with its review form); each section pages on its own. */
export const REVIEW_PAGE_SIZE = 20;

export interface ReviewPages {
  /** Page of the submitted reports (1-based). */
  reports?: number;
  /** Page of the items some unit has not acknowledged. */
  unacknowledged?: number;
}

const pageOffset = (page: number | undefined) => (Math.max(1, page ?? 1) - 1) * REVIEW_PAGE_SIZE;

/**
 * 待审核: submitted reports, oldest first, and the dispatched items some unit has not acknowledged,
 * grouped by item — each a page of REVIEW_PAGE_SIZE with its total counted in SQL.
 */
export async function getReviewQueue({ actor, pages = {} }: { actor: Actor; pages?: ReviewPages }) {
  authorize(actor, "report.review");
  // The secretariat's staff share one queue: one computation per page until the data changes.
  return versioned(cacheKey("reviewQueue", pages), () => reviewQueue(pages));
}

async function reviewQueue(pages: ReviewPages) {
  const isSubmitted = eq(progressReports.status, "submitted");
  const waiting = and(eq(workItems.status, "dispatched"), isNull(assignments.acknowledgedAt));
  const [submitted, [submittedTotal], itemPage, [unackTotals], [extensions], [completions]] = await Promise.all([
    db
      .select({
        reportId: progressReports.id,
        version: progressReports.version,
        period: progressReports.period,
        percent: progressReports.percent,
        progressStatus: progressReports.progressStatus,
        narrative: progressReports.narrative,
        submittedAt: progressReports.submittedAt,
        departmentName: departments.name,
        itemId: workItems.id,
        code: workItems.code,
        title: workItems.title,
      })
      .from(progressReports)
      .innerJoin(workItems, eq(workItems.id, progressReports.workItemId))
      .innerJoin(departments, eq(departments.id, progressReports.departmentId))
      .where(isSubmitted)
      .orderBy(asc(progressReports.submittedAt), asc(progressReports.id))
      .limit(REVIEW_PAGE_SIZE)
      .offset(pageOffset(pages.reports)),
    db.select({ n: count() }).from(progressReports).where(isSubmitted),
    db
      .selectDistinct({ id: workItems.id, dispatchedAt: workItems.dispatchedAt })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .where(waiting)
      .orderBy(asc(workItems.dispatchedAt), asc(workItems.id))
      .limit(REVIEW_PAGE_SIZE)
      .offset(pageOffset(pages.unacknowledged)),
    db
      .select({ items: countDistinct(assignments.workItemId), units: count() })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .where(waiting),
    db.select({ n: count() }).from(extensionRequests).where(eq(extensionRequests.status, "pending")),
    db.select({ n: count() }).from(completionRequests).where(eq(completionRequests.status, "pending")),
  ]);
  const unacknowledged = itemPage.length
    ? await db
        .select({
          itemId: workItems.id,
          code: workItems.code,
          title: workItems.title,
          dueOn: workItems.dueOn,
          dispatchedAt: workItems.dispatchedAt,
          departmentName: departments.name,
        })
        .from(assignments)
        .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
        .innerJoin(departments, eq(departments.id, assignments.departmentId))
        .where(
          and(
            waiting,
            inArray(
              workItems.id,
              itemPage.map((i) => i.id),
            ),
          ),
        )
        .orderBy(asc(workItems.dispatchedAt), asc(workItems.id), asc(assignments.position))
    : [];
  return {
    submitted,
    submittedTotal: submittedTotal?.n ?? 0,
    unacknowledged: groupByItem(unacknowledged),
    unacknowledgedItems: unackTotals?.items ?? 0,
    unacknowledgedUnits: unackTotals?.units ?? 0,
    pageSize: REVIEW_PAGE_SIZE,
    pendingExtensions: extensions?.n ?? 0,
    pendingCompletions: completions?.n ?? 0,
  };
}

/** One entry per item with the departments that have not acknowledged it (the page collapses each). */
function groupByItem<T extends { itemId: number; departmentName: string }>(rows: T[]) {
  const groups = new Map<number, T & { departments: string[] }>();
  for (const r of rows) {
    const group = groups.get(r.itemId);
    if (group) group.departments.push(r.departmentName);
    else groups.set(r.itemId, { ...r, departments: [r.departmentName] });
  }
  return [...groups.values()];
}
