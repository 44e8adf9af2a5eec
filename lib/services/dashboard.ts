import "server-only";
import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  assignments,
  completionRequests,
  departments,
  extensionRequests,
  itemHealth,
  plans,
  progressReports,
  sections,
  supervisionNotices,
  workItems,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { forbidden } from "@/lib/errors";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import type { Health } from "@/lib/health";
import { boardRows, countByDepartment, type BoardRow } from "./board";
import { unitMatches } from "./board-facets";
import { cacheKey, versioned } from "./data-version";
import { ensureHealthFresh } from "./health-store";
import { getInbox, inboxCounts } from "./inbox";

/** Rows a home page lists before "see all". */
const HOME_LIST = 10;

const brief = (r: BoardRow) => ({ id: r.id, code: r.code, title: r.title, dueOn: r.dueOn, health: r.health });

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
  await ensureHealthFresh(now);
  const inbox = await getInbox({ actor, on: now });
  return {
    counts: inboxCounts(inbox),
    ...(await versioned(cacheKey("liaisonHome", dept, now), () => liaisonHome(dept, now))),
  };
}

async function liaisonHome(dept: number, now: string) {
  const [notices, nextDue] = await Promise.all([
    db
      .select({
        id: supervisionNotices.id,
        itemId: workItems.id,
        code: workItems.code,
        title: workItems.title,
        level: supervisionNotices.level,
        respondBy: supervisionNotices.respondBy,
      })
      .from(supervisionNotices)
      .innerJoin(workItems, eq(workItems.id, supervisionNotices.workItemId))
      .where(and(eq(supervisionNotices.departmentId, dept), eq(supervisionNotices.status, "open")))
      .orderBy(asc(supervisionNotices.respondBy), desc(supervisionNotices.id))
      .limit(20),
    boardRows(
      and(unitMatches(dept), ne(itemHealth.health, "completed"), sql`${itemHealth.dueOn} is not null`),
      5,
      0,
      "dueOn",
    ),
  ]);
  return {
    openNotices: notices.map((n) => ({ ...n, isOverdue: n.respondBy < now })),
    nextDue: nextDue.map(brief),
  };
}

/** 推进机制办公室首页: reports awaiting review, dispatches not yet acknowledged, pending requests. */
export async function getSecretariatHome({ actor }: { actor: Actor }) {
  authorize(actor, "report.review");
  return versioned(cacheKey("secretariatHome"), secretariatHome);
}

async function secretariatHome() {
  const unacknowledged = and(eq(workItems.status, "dispatched"), isNull(assignments.acknowledgedAt));
  const [[reviews], [extensions], [completions], [unacknowledgedTotal], firstUnacknowledged] = await Promise.all([
    db.select({ n: count() }).from(progressReports).where(eq(progressReports.status, "submitted")),
    db.select({ n: count() }).from(extensionRequests).where(eq(extensionRequests.status, "pending")),
    db.select({ n: count() }).from(completionRequests).where(eq(completionRequests.status, "pending")),
    db
      .select({ n: count() })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .where(unacknowledged),
    db
      .select({
        itemId: workItems.id,
        code: workItems.code,
        title: workItems.title,
        departmentName: departments.name,
        dispatchedAt: workItems.dispatchedAt,
      })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(unacknowledged)
      .orderBy(asc(workItems.dispatchedAt), asc(workItems.id), asc(assignments.position))
      .limit(HOME_LIST),
  ]);
  return {
    pendingReviews: reviews?.n ?? 0,
    pendingExtensions: extensions?.n ?? 0,
    pendingCompletions: completions?.n ?? 0,
    unacknowledgedTotal: unacknowledgedTotal?.n ?? 0,
    unacknowledged: firstUnacknowledged,
  };
}

/** 督查首页: red items (worst first) and open supervision notices, each the first few with the total. */
export async function getSupervisorHome({ actor, today }: { actor: Actor; today?: string }) {
  authorize(actor, "notice.issue");
  const now = today ?? clockToday();
  await ensureHealthFresh(now);
  return versioned(cacheKey("supervisorHome", now), () => supervisorHome(now));
}

async function supervisorHome(now: string) {
  const red = eq(itemHealth.health, "red");
  const open = eq(supervisionNotices.status, "open");
  const [[redTotal], redRows, [openNoticeTotal], notices] = await Promise.all([
    db.select({ n: count() }).from(itemHealth).where(red),
    boardRows(red, HOME_LIST, 0),
    db.select({ n: count() }).from(supervisionNotices).where(open),
    db
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
      .where(open)
      .orderBy(asc(supervisionNotices.respondBy), desc(supervisionNotices.id))
      .limit(HOME_LIST),
  ]);
  return {
    redTotal: redTotal?.n ?? 0,
    red: redRows.map((r) => ({
      ...brief(r),
      departments: r.assignments.filter((a) => a.role === "lead").map((a) => a.departmentName),
    })),
    openNoticeTotal: openNoticeTotal?.n ?? 0,
    openNotices: notices.map((n) => ({ ...n, isOverdue: n.respondBy < now })),
  };
}

type HealthCounts = Record<Health, number> & { total: number };
const emptyCounts = (): HealthCounts => ({ red: 0, yellow: 0, green: 0, completed: 0, total: 0 });

/** Sections the leader's home lists: those with the most red, then yellow, items. */
const LEADER_SECTIONS = 10;

/**
 * 领导首页 (read-only): completion per plan, the sections most in trouble (with how many sections
 * there are), health by department and indicator attainment — aggregates in SQL, the sections
 * ordered and cut in SQL so a city with hundreds of sections sends ten.
 */
export async function getLeaderHome({ actor, today }: { actor: Actor; today?: string }) {
  authorize(actor, "plan.read");
  const now = today ?? clockToday();
  await ensureHealthFresh(now);
  return versioned(cacheKey("leaderHome", now), leaderHome);
}

async function leaderHome() {
  const byHealth = (level: Health) => sql<number>`count(*) filter (where ${itemHealth.health} = ${level})::int`;
  const red = byHealth("red");
  const yellow = byHealth("yellow");
  const [planRows, sectionRows, byDepartment, [indicators]] = await Promise.all([
    db
      .select({ planId: plans.id, planTitle: plans.title, health: itemHealth.health, n: count() })
      .from(itemHealth)
      .innerJoin(plans, eq(plans.id, itemHealth.planId))
      .groupBy(plans.id, plans.title, itemHealth.health)
      .orderBy(asc(plans.id)),
    db
      .select({
        id: sections.id,
        code: sections.code,
        title: sections.title,
        planTitle: plans.title,
        red,
        yellow,
        green: byHealth("green"),
        completed: byHealth("completed"),
        total: sql<number>`count(*)::int`,
        sections: sql<number>`(count(*) over ())::int`,
      })
      .from(itemHealth)
      .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
      .innerJoin(sections, eq(sections.id, workItems.sectionId))
      .innerJoin(plans, eq(plans.id, sections.planId))
      .groupBy(sections.id, plans.id)
      .orderBy(desc(red), desc(yellow), asc(plans.id), asc(sections.position))
      .limit(LEADER_SECTIONS),
    countByDepartment(undefined),
    // Indicator attainment is kept per item with its light.
    db
      .select({
        total: sql<number>`coalesce(sum(${itemHealth.indicators}), 0)::int`,
        reported: sql<number>`coalesce(sum(${itemHealth.indicatorsReported}), 0)::int`,
        attained: sql<number>`coalesce(sum(${itemHealth.indicatorsAttained}), 0)::int`,
      })
      .from(itemHealth),
  ]);
  const planMap = new Map<number, { id: number; title: string; counts: HealthCounts }>();
  for (const r of planRows) {
    const plan =
      planMap.get(r.planId) ??
      planMap.set(r.planId, { id: r.planId, title: r.planTitle, counts: emptyCounts() }).get(r.planId)!;
    plan.counts[r.health] += Number(r.n);
    plan.counts.total += Number(r.n);
  }
  return {
    plans: [...planMap.values()].map((p) => ({
      ...p,
      completionPercent: p.counts.total ? Math.round((p.counts.completed / p.counts.total) * 100) : 0,
    })),
    bySection: sectionRows.map((r) => ({
      id: r.id,
      label: sectionHeading(r.code, r.title),
      planTitle: r.planTitle,
      counts: { red: r.red, yellow: r.yellow, green: r.green, completed: r.completed, total: r.total },
    })),
    sectionTotal: sectionRows[0]?.sections ?? 0,
    byDepartment,
    indicators: {
      total: Number(indicators?.total ?? 0),
      attained: Number(indicators?.attained ?? 0),
      withReading: Number(indicators?.reported ?? 0),
    },
  };
}
