import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Queryable, Tx } from "@/db";
import {
  indicatorReadings,
  indicators,
  progressReportRevisions,
  progressReports,
  type ProgressReport,
} from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { now, today } from "@/lib/clock";
import { AppError, conflict, forbidden, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { periodOf } from "@/lib/lifecycle/periods";
import type { ReportValues } from "@/lib/validations/reports";
import { routes } from "@/lib/routes";
import { attachEvidence, type EvidenceUpload } from "./evidence";
import { itemCommand } from "./item-command";
import { readingsOf, reportablePeriods, shownStatus } from "./report-queries";

export {
  countWaitingReports,
  getReportForm,
  isReworking,
  itemReportsPage,
  listItemReports,
  type ItemReport,
} from "./report-queries";

const reportFields = (r: ProgressReport) => ({
  period: r.period,
  status: r.status,
  progressStatus: r.progressStatus,
  percent: r.percent,
  narrative: r.narrative,
  difficulties: r.difficulties,
  helpNeeded: r.helpNeeded,
  returnReason: r.returnReason,
  version: r.version,
});

async function writeReadings(q: Queryable, reportId: number, workItemId: number, readings: ReportValues["readings"]) {
  const filled = readings.filter((r) => r.value !== "");
  const own = await q.select({ id: indicators.id }).from(indicators).where(eq(indicators.workItemId, workItemId));
  const ownIds = new Set(own.map((i) => i.id));
  if (filled.some((r) => !ownIds.has(r.indicatorId)))
    throw new AppError("validation", msg("planErrors.report.indicatorNotOwn"));
  await q.delete(indicatorReadings).where(eq(indicatorReadings.reportId, reportId));
  if (filled.length) {
    await q
      .insert(indicatorReadings)
      .values(filled.map((r) => ({ reportId, indicatorId: r.indicatorId, value: Number(r.value) })));
  }
  return filled.map((r) => ({ indicatorId: r.indicatorId, value: Number(r.value) }));
}

type ReportSaved = { id: number; version: number; status: ProgressReport["status"] };

interface SaveReportInput {
  actor: Actor;
  values: ReportValues;
  files?: EvidenceUpload[];
}

/**
 * 进展填报: saves the department's report for (item, period) as a draft, or submits it. The form
 * posts the report id and version it loaded (none for a new one); anything else is a conflict.
 * Submitting keeps a revision and notifies the secretariat. Files are attached inside the same transaction.
 */
export const saveReport = itemCommand<SaveReportInput, null, ReportSaved>({
  permission: "report.write",
  locate: (_tx, { values }) => ({ workItemId: values.workItemId, target: null }),
  async change({ tx, actor, input: { values, files = [] }, item }) {
    if (item.status === "draft") throw forbidden(msg("planErrors.report.itemNotDispatched"));
    if (item.status === "completed") throw invalidState(msg("planErrors.report.itemCompleted"));
    const current = periodOf(today(), item.reportingCycle) ?? periodOf(today(), "monthly")!;
    if (!reportablePeriods(current).includes(values.period)) {
      throw new AppError("validation", msg("planErrors.report.periodInvalid"), {
        period: [msg("planErrors.report.periodNotOpen")],
      });
    }
    const departmentId = actor.departmentId!;
    const [existing] = await tx
      .select()
      .from(progressReports)
      .where(
        and(
          eq(progressReports.workItemId, item.id),
          eq(progressReports.departmentId, departmentId),
          eq(progressReports.period, values.period),
        ),
      );
    const submit = values.intent === "submit";
    const report = await writeReport(tx, { actor, values, existing, itemId: item.id, departmentId });
    const beforeReadings = existing
      ? (await readingsOf(tx, [existing.id])).map((r) => ({ indicatorId: r.indicatorId, value: r.value }))
      : [];
    const readings = await writeReadings(tx, report.id, item.id, values.readings);
    const evidence = files.length
      ? await attachEvidence(tx, {
          actor,
          workItemId: item.id,
          ownerType: "progress_report",
          ownerId: report.id,
          files,
        })
      : [];
    const after = { ...reportFields(report), readings, files: evidence.map((f) => f.filename) };
    if (submit) {
      const [last] = await tx
        .select({ n: max(progressReportRevisions.revision) })
        .from(progressReportRevisions)
        .where(eq(progressReportRevisions.reportId, report.id));
      await tx
        .insert(progressReportRevisions)
        .values({ reportId: report.id, revision: (last?.n ?? 0) + 1, snapshot: after, createdBy: actor.id });
    }
    return {
      result: { id: report.id, version: report.version, status: shownStatus(report) },
      audit: [
        {
          action: submit ? "report.submit" : "report.saveDraft",
          entityType: "progress_report",
          entityId: report.id,
          departmentId,
          before: existing ? { ...reportFields(existing), readings: beforeReadings } : null,
          after,
        },
      ],
      notify: submit
        ? [
            {
              to: { role: "secretariat" },
              kind: "report.submitted",
              params: { code: item.code, item: item.title, reporter: actor.displayName, period: values.period },
              link: routes.item(item.id),
            },
          ]
        : [],
    };
  },
  revalidate: (_result, { values }) => [routes.item(values.workItemId), routes.inbox, routes.review],
});

/** The report row written at the version the form loaded: the existing one updated, or a new one. */
async function writeReport(
  tx: Tx,
  {
    actor,
    values,
    existing,
    itemId,
    departmentId,
  }: { actor: Actor; values: ReportValues; existing?: ProgressReport; itemId: number; departmentId: number },
): Promise<ProgressReport> {
  const submit = values.intent === "submit";
  const at = now();
  const fields = {
    progressStatus: values.progressStatus,
    percent: values.percent,
    narrative: values.narrative,
    difficulties: values.difficulties || null,
    helpNeeded: values.helpNeeded || null,
    updatedAt: at,
    // A draft save (also of a returned report being reworked) is a draft again: only the department sees it
    // until it is submitted; the return reason stays so the liaison still sees why it came back.
    ...(submit
      ? { status: "submitted" as const, submittedAt: at, submittedBy: actor.id, returnReason: null }
      : { status: "draft" as const }),
  };
  let report: ProgressReport | undefined;
  if (existing) {
    if (values.reportId !== existing.id || values.version !== existing.version) throw conflict();
    if (existing.status === "submitted" || existing.status === "accepted") {
      throw invalidState(msg("planErrors.report.alreadySubmitted"));
    }
    [report] = await tx
      .update(progressReports)
      .set({ ...fields, version: existing.version + 1 })
      .where(and(eq(progressReports.id, existing.id), eq(progressReports.version, existing.version)))
      .returning();
  } else {
    if (values.reportId != null) throw conflict();
    [report] = await tx
      .insert(progressReports)
      .values({ ...fields, workItemId: itemId, departmentId, period: values.period, createdBy: actor.id })
      .onConflictDoNothing()
      .returning();
  }
  if (!report) throw conflict();
  return report;
}

interface ReviewReportInput {
  actor: Actor;
  reportId: number;
  version: number;
  decision: "accept" | "return";
  reason?: string;
}

/** 审核: the secretariat accepts a submitted report or returns it with a reason; the department is notified. */
export const reviewReport = itemCommand<ReviewReportInput, ProgressReport, ReportSaved>({
  permission: "report.review",
  async locate(tx, input) {
    const [report] = await tx.select().from(progressReports).where(eq(progressReports.id, input.reportId));
    if (!report || report.status === "draft") throw notFound(msg("planErrors.report.notSubmitted"));
    return { workItemId: report.workItemId, target: report };
  },
  versions: ({ input, target }) => [input.version, target.version],
  async change({ tx, actor, input, item, target: report }) {
    if (report.status !== "submitted") throw invalidState(msg("planErrors.report.alreadyReviewed"));
    const accept = input.decision === "accept";
    const [after] = await tx
      .update(progressReports)
      .set({
        status: accept ? "accepted" : "returned",
        reviewedAt: now(),
        reviewedBy: actor.id,
        returnReason: accept ? null : (input.reason ?? "").trim(),
        updatedAt: new Date(),
        version: report.version + 1,
      })
      .where(and(eq(progressReports.id, report.id), eq(progressReports.version, report.version)))
      .returning();
    if (!after) throw conflict();
    return {
      result: { id: after.id, version: after.version, status: after.status },
      audit: [
        {
          action: accept ? "report.accept" : "report.return",
          entityType: "progress_report",
          entityId: report.id,
          departmentId: report.departmentId,
          before: reportFields(report),
          after: reportFields(after),
        },
      ],
      notify: [
        {
          to: { departments: [report.departmentId] },
          kind: accept ? "report.accepted" : "report.returned",
          params: { code: item.code, item: item.title, period: report.period },
          note: accept ? null : after.returnReason,
          link: accept ? routes.item(item.id) : routes.itemReport(item.id, report.period),
        },
      ],
    };
  },
  revalidate: () => [routes.review, routes.inbox],
});
