import "server-only";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { assignments, completionRequests, departments, extensionRequests, progressReports, supervisionNotices, workItems } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { isIndicatorAttained, type Health } from "@/lib/health";
import { forbidden } from "@/lib/errors";
import { compareByUrgency, countByDepartment, loadItemHealth, type ItemHealthRow } from "./board";
import { getInbox, inboxCounts } from "./inbox";
import { listNotices } from "./notice-queries";

const isOpen = (r: ItemHealthRow) => r.status !== "completed";
const brief = (r: ItemHealthRow) => ({ id: r.id, code: r.code, title: r.title, dueOn: r.dueOn, health: r.health });

/**
 * 联络员首页: the department's counts are the inbox's own (one computation, so the home page and
 * 我的任务 never disagree), open 督办单 awaiting its answer, and its open items by due date.
 */
export async function getLiaisonHome({ actor, today }: { actor: Actor; today?: string }) {
  authorize(actor, "plan.read");
  authorize(actor, "inbox.view");
  if (actor.departmentId == null) throw forbidden();
  const dept = actor.departmentId;
  const now = today ?? clockToday();
  const [inbox, notices, rows] = await Promise.all([
    getInbox({ actor, on: now }),
    listNotices({ actor, status: "open", limit: 20 }),
    loadItemHealth({ today: now }),
  ]);
  const nextDue = rows
    .filter((r) => isOpen(r) && r.dueOn && r.assignments.some((a) => a.departmentId === dept))
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))
    .slice(0, 5)
    .map(brief);
  return {
    counts: inboxCounts(inbox),
    openNotices: notices
      .filter((n) => n.departmentId === dept)
      .map((n) => ({ id: n.id, itemId: n.workItemId, code: n.itemCode, title: n.itemTitle, level: n.level, respondBy: n.respondBy, isOverdue: n.respondBy < now })),
    nextDue,
  };
}

/** 推进机制办公室首页: reports awaiting review, dispatches not yet acknowledged, pending requests. */
export async function getSecretariatHome({ actor }: { actor: Actor }) {
  authorize(actor, "report.review");
  const [[reviews], [extensions], [completions], unacknowledged] = await Promise.all([
    db.select({ n: count() }).from(progressReports).where(eq(progressReports.status, "submitted")),
    db.select({ n: count() }).from(extensionRequests).where(eq(extensionRequests.status, "pending")),
    db.select({ n: count() }).from(completionRequests).where(eq(completionRequests.status, "pending")),
    db
      .select({ itemId: workItems.id, code: workItems.code, title: workItems.title, departmentName: departments.name, dispatchedAt: workItems.dispatchedAt })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(and(eq(workItems.status, "dispatched"), isNull(assignments.acknowledgedAt)))
      .orderBy(asc(workItems.dispatchedAt), asc(workItems.id), asc(assignments.position)),
  ]);
  return {
    pendingReviews: reviews?.n ?? 0,
    pendingExtensions: extensions?.n ?? 0,
    pendingCompletions: completions?.n ?? 0,
    unacknowledgedTotal: unacknowledged.length,
    unacknowledged: unacknowledged.slice(0, 10),
  };
}

/** 督查首页: red items (worst first) and open supervision notices. */
export async function getSupervisorHome({ actor, today }: { actor: Actor; today?: string }) {
  authorize(actor, "notice.issue");
  const now = today ?? clockToday();
  const red = (await loadItemHealth({ today: now })).filter((r) => r.health.health === "red").sort(compareByUrgency);
  const notices = await db
    .select({
      id: supervisionNotices.id,
      itemId: workItems.id,
      code: workItems.code,
      title: workItems.title,
      departmentName: departments.name,
      respondBy: supervisionNotices.respondBy,
      level: supervisionNotices.level,
    })
    .from(supervisionNotices)
    .innerJoin(workItems, eq(workItems.id, supervisionNotices.workItemId))
    .innerJoin(departments, eq(departments.id, supervisionNotices.departmentId))
    .where(eq(supervisionNotices.status, "open"))
    .orderBy(asc(supervisionNotices.respondBy), desc(supervisionNotices.id));
  return {
    redTotal: red.length,
    red: red.slice(0, 10).map((r) => ({ ...brief(r), departments: r.assignments.filter((a) => a.role === "lead").map((a) => a.departmentName) })),
    openNoticeTotal: notices.length,
    openNotices: notices.slice(0, 10).map((n) => ({ ...n, isOverdue: n.respondBy < now })),
  };
}

type HealthCounts = Record<Health, number> & { total: number };
const emptyCounts = (): HealthCounts => ({ red: 0, yellow: 0, green: 0, completed: 0, total: 0 });

/** 领导首页 (read-only): completion per plan, health by section and department, indicator attainment. */
export async function getLeaderHome({ actor, today }: { actor: Actor; today?: string }) {
  authorize(actor, "plan.read");
  const rows = await loadItemHealth({ today: today ?? clockToday() });
  const plans = new Map<number, { id: number; title: string; counts: HealthCounts }>();
  const sections = new Map<number, { id: number; label: string; planTitle: string; counts: HealthCounts }>();
  let indicatorTotal = 0;
  let indicatorAttained = 0;
  for (const r of rows) {
    const plan = plans.get(r.planId) ?? plans.set(r.planId, { id: r.planId, title: r.planTitle, counts: emptyCounts() }).get(r.planId)!;
    const section =
      sections.get(r.sectionId) ??
      sections.set(r.sectionId, { id: r.sectionId, label: sectionHeading(r.sectionCode, r.sectionTitle), planTitle: r.planTitle, counts: emptyCounts() }).get(r.sectionId)!;
    for (const c of [plan.counts, section.counts]) {
      c[r.health.health] += 1;
      c.total += 1;
    }
    for (const ind of r.indicators) {
      indicatorTotal += 1;
      if (isIndicatorAttained(ind.comparator as never, ind.target, ind.latest)) indicatorAttained += 1;
    }
  }
  return {
    plans: [...plans.values()].map((p) => ({ ...p, completionPercent: p.counts.total ? Math.round((p.counts.completed / p.counts.total) * 100) : 0 })),
    bySection: [...sections.values()],
    byDepartment: countByDepartment(rows),
    indicators: { total: indicatorTotal, attained: indicatorAttained, withReading: rows.flatMap((r) => r.indicators).filter((i) => i.latest != null).length },
  };
}

