import "server-only";
import { and, asc, desc, eq, inArray, max, ne } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import {
  departments,
  indicatorReadings,
  indicators,
  progressReportRevisions,
  progressReports,
  type ProgressReport,
} from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { now, today } from "@/lib/clock";
import { AppError, conflict, forbidden, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { periodDueOn, periodOf, previousPeriods } from "@/lib/lifecycle/periods";
import type { ReportValues } from "@/lib/validations/reports";
import { recordAudit } from "./audit";
import { itemResource, loadItem } from "./item-access";
import { attachEvidence, listEvidence, type EvidenceUpload } from "./evidence";
import { liaisonsOf, notifyUsers, usersWithRole } from "./notifications";
import { routes } from "@/lib/routes";
import { writeTransaction } from "./health-store";

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

async function readingsOf(q: Queryable, reportIds: number[]) {
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

async function writeReadings(q: Queryable, reportId: number, workItemId: number, readings: ReportValues["readings"]) {
  const filled = readings.filter((r) => r.value !== "");
  const own = await q.select({ id: indicators.id }).from(indicators).where(eq(indicators.workItemId, workItemId));
  const ownIds = new Set(own.map((i) => i.id));
  if (filled.some((r) => !ownIds.has(r.indicatorId))) throw new AppError("validation", msg("planErrors.report.indicatorNotOwn"));
  await q.delete(indicatorReadings).where(eq(indicatorReadings.reportId, reportId));
  if (filled.length) {
    await q.insert(indicatorReadings).values(filled.map((r) => ({ reportId, indicatorId: r.indicatorId, value: Number(r.value) })));
  }
  return filled.map((r) => ({ indicatorId: r.indicatorId, value: Number(r.value) }));
}

/**
 * 进展填报: saves the department's report for (item, period) as a draft, or submits it. The form
 * posts the report id and version it loaded (none for a new one); anything else is a conflict.
 * Submitting keeps a revision and notifies the secretariat. Files are attached inside the same transaction.
 */
export async function saveReport({ actor, values, files = [] }: { actor: Actor; values: ReportValues; files?: EvidenceUpload[] }) {
  return writeTransaction(async (tx) => {
    const loaded = await loadItem(tx, values.workItemId);
    authorize(actor, "report.write", itemResource(loaded));
    const { item } = loaded;
    if (item.status === "draft") throw forbidden(msg("planErrors.report.itemNotDispatched"));
    if (item.status === "completed") throw invalidState(msg("planErrors.report.itemCompleted"));
    const current = periodOf(today(), item.reportingCycle) ?? periodOf(today(), "monthly")!;
    if (!reportablePeriods(current).includes(values.period)) {
      throw new AppError("validation", msg("planErrors.report.periodInvalid"), { period: [msg("planErrors.report.periodNotOpen")] });
    }
    const departmentId = actor.departmentId!;
    const [existing] = await tx
      .select()
      .from(progressReports)
      .where(and(eq(progressReports.workItemId, item.id), eq(progressReports.departmentId, departmentId), eq(progressReports.period, values.period)));
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
      ...(submit ? { status: "submitted" as const, submittedAt: at, submittedBy: actor.id, returnReason: null } : { status: "draft" as const }),
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
        .values({ ...fields, workItemId: item.id, departmentId, period: values.period, createdBy: actor.id })
        .onConflictDoNothing()
        .returning();
    }
    if (!report) throw conflict();
    const beforeReadings = existing ? (await readingsOf(tx, [existing.id])).map((r) => ({ indicatorId: r.indicatorId, value: r.value })) : [];
    const readings = await writeReadings(tx, report.id, item.id, values.readings);
    const evidence = files.length
      ? await attachEvidence(tx, { actor, workItemId: item.id, ownerType: "progress_report", ownerId: report.id, files })
      : [];
    const after = { ...reportFields(report), readings, files: evidence.map((f) => f.filename) };
    if (submit) {
      const [last] = await tx
        .select({ n: max(progressReportRevisions.revision) })
        .from(progressReportRevisions)
        .where(eq(progressReportRevisions.reportId, report.id));
      await tx.insert(progressReportRevisions).values({ reportId: report.id, revision: (last?.n ?? 0) + 1, snapshot: after, createdBy: actor.id });
      await notifyUsers(tx, await usersWithRole(tx, ["secretariat"]), {
        kind: "report.submitted",
        params: { code: item.code, item: item.title, reporter: actor.displayName, period: values.period },
        link: routes.item(item.id),
      });
    }
    await recordAudit(tx, {
      actor,
      action: submit ? "report.submit" : "report.saveDraft",
      entityType: "progress_report",
      entityId: report.id,
      planId: item.planId,
      workItemId: item.id,
      departmentId,
      before: existing ? { ...reportFields(existing), readings: beforeReadings } : null,
      after,
    });
    return { id: report.id, version: report.version, status: shownStatus(report) };
  });
}

/** The current period and the two before it: what the form offers and what may be reported. */
function reportablePeriods(current: string): string[] {
  return [current, ...previousPeriods(current, 2)];
}

/** A returned report being reworked is stored as a draft that keeps its return reason; its department still sees it as 被退回. */
export function isReworking(r: Pick<ProgressReport, "status" | "returnReason">): boolean {
  return r.status === "draft" && r.returnReason != null;
}

/** The status the report's own department sees. */
function shownStatus(r: Pick<ProgressReport, "status" | "returnReason">): ProgressReport["status"] {
  return isReworking(r) ? "returned" : r.status;
}

/** 审核: the secretariat accepts a submitted report or returns it with a reason; the department is notified. */
export async function reviewReport(params: { actor: Actor; reportId: number; version: number; decision: "accept" | "return"; reason?: string }) {
  const { actor } = params;
  authorize(actor, "report.review");
  return writeTransaction(async (tx) => {
    const [report] = await tx.select().from(progressReports).where(eq(progressReports.id, params.reportId));
    if (!report || report.status === "draft") throw notFound(msg("planErrors.report.notSubmitted"));
    const loaded = await loadItem(tx, report.workItemId);
    authorize(actor, "report.review", itemResource(loaded));
    if (report.version !== params.version) throw conflict();
    if (report.status !== "submitted") throw invalidState(msg("planErrors.report.alreadyReviewed"));
    const accept = params.decision === "accept";
    const [after] = await tx
      .update(progressReports)
      .set({
        status: accept ? "accepted" : "returned",
        reviewedAt: now(),
        reviewedBy: actor.id,
        returnReason: accept ? null : (params.reason ?? "").trim(),
        updatedAt: new Date(),
        version: report.version + 1,
      })
      .where(and(eq(progressReports.id, report.id), eq(progressReports.version, report.version)))
      .returning();
    if (!after) throw conflict();
    await recordAudit(tx, {
      actor,
      action: accept ? "report.accept" : "report.return",
      entityType: "progress_report",
      entityId: report.id,
      planId: loaded.item.planId,
      workItemId: loaded.item.id,
      departmentId: report.departmentId,
      before: reportFields(report),
      after: reportFields(after),
    });
    await notifyUsers(tx, await liaisonsOf(tx, [report.departmentId]), {
      kind: accept ? "report.accepted" : "report.returned",
      params: { code: loaded.item.code, item: loaded.item.title, period: report.period },
      note: accept ? null : after.returnReason,
      link: accept ? routes.item(loaded.item.id) : routes.itemReport(loaded.item.id, report.period),
    });
    return { id: after.id, version: after.version, status: after.status };
  });
}

/** Everything the report form needs: the item, its indicators, the department's report and, for the lead, the supporting input. */
export async function getReportForm({ actor, workItemId, period }: { actor: Actor; workItemId: number; period?: string | null }) {
  const loaded = await loadItem(db, workItemId);
  authorize(actor, "report.write", itemResource(loaded));
  const { item } = loaded;
  const departmentId = actor.departmentId!;
  const role = loaded.assignments.find((a) => a.departmentId === departmentId)?.role ?? "support";
  const currentPeriod = periodOf(today(), item.reportingCycle) ?? periodOf(today(), "monthly")!;
  const thePeriod = period || currentPeriod;
  const itemIndicators = await db.select().from(indicators).where(eq(indicators.workItemId, item.id)).orderBy(asc(indicators.position));
  const [report] = await db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.workItemId, item.id), eq(progressReports.departmentId, departmentId), eq(progressReports.period, thePeriod)));
  const readings = report ? await readingsOf(db, [report.id]) : [];
  const files = report ? await listEvidence({ actor, ownerType: "progress_report", ownerIds: [report.id] }) : [];
  const supporting =
    role === "lead" ? await reportsWithDetails(actor, item.id, and(eq(progressReports.period, thePeriod), ne(progressReports.departmentId, departmentId))) : [];
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

async function reportsWithDetails(actor: Actor, workItemId: number, extra?: ReturnType<typeof and>) {
  const rows = await db
    .select({ report: progressReports, departmentName: departments.name })
    .from(progressReports)
    .innerJoin(departments, eq(departments.id, progressReports.departmentId))
    .where(and(eq(progressReports.workItemId, workItemId), extra))
    .orderBy(desc(progressReports.period), asc(departments.name));
  const own = (r: ProgressReport) => can(actor, "report.readDraft", { type: "department", departmentId: r.departmentId });
  const candidates = rows.filter((r) => r.report.status !== "draft" || own(r.report) || isReworking(r.report));
  const ids = candidates.map((r) => r.report.id);
  const revisions = ids.length
    ? await db.select().from(progressReportRevisions).where(inArray(progressReportRevisions.reportId, ids)).orderBy(asc(progressReportRevisions.revision))
    : [];
  const lastSubmitted = (reportId: number) => revisions.filter((r) => r.reportId === reportId).at(-1);
  // Others never see a draft: a returned report being reworked shows its last submitted version, a fresh draft nothing.
  const visible = candidates.filter((r) => r.report.status !== "draft" || own(r.report) || lastSubmitted(r.report.id));
  const shownIds = visible.map((r) => r.report.id);
  const readings = await readingsOf(db, shownIds);
  const files = await listEvidence({ actor, ownerType: "progress_report", ownerIds: shownIds });
  const needsNames = visible.some((r) => r.report.status === "draft" && !own(r.report));
  const itemIndicators = needsNames ? await db.select().from(indicators).where(eq(indicators.workItemId, workItemId)) : [];
  return visible.map(({ report, departmentName }) => {
    const common = {
      departmentName,
      files: files.filter((f) => f.ownerId === report.id),
      revisions: revisions.filter((r) => r.reportId === report.id),
    };
    if (report.status !== "draft" || own(report)) {
      return { ...report, status: shownStatus(report), ...common, readings: readings.filter((r) => r.reportId === report.id) };
    }
    const snap = lastSubmitted(report.id)!.snapshot as Partial<ProgressReport> & { readings?: { indicatorId: number; value: number }[] };
    const submittedReadings = (snap.readings ?? []).flatMap((r) => {
      const ind = itemIndicators.find((i) => i.id === r.indicatorId);
      return ind ? [{ reportId: report.id, indicatorId: r.indicatorId, name: ind.name, unit: ind.unit, value: r.value }] : [];
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

/** Reports on an item the actor may see: every submitted one, drafts only for their own department. */
export async function listItemReports({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  return reportsWithDetails(actor, workItemId);
}
export type ItemReport = Awaited<ReturnType<typeof listItemReports>>[number];
