import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db";
import { assignments, departments, itemHealth, supervisionNotices, workItems } from "@/db/schema";
import { today as clockToday } from "@/lib/clock";
import { ensureHealthFresh } from "./health-store";
import type { ScreenScope } from "./screens";
import { readPlanTimeline } from "./timeline-plan";

/** Departments shown on the screen, worst first. */
export const SCREEN_DEPARTMENTS = 8;
/** Bars of the plan's timeline on the screen (worst first). */
export const SCREEN_BARS = 12;
export const SCREEN_NOTICES = 6;

type Row = Record<string, unknown>;

const scopeSql = (scope: ScreenScope) => (scope.planId == null ? sql`true` : sql`h.plan_id = ${scope.planId}`);

async function headline(scope: ScreenScope) {
  const [r] = rowsOf<Row>(
    await db.execute(sql`
      select count(*)::int as items,
        count(*) filter (where h.health = 'red')::int as red,
        count(*) filter (where h.health = 'yellow')::int as yellow,
        count(*) filter (where h.health = 'green')::int as green,
        count(*) filter (where h.health = 'completed')::int as completed,
        count(*) filter (where h.health <> 'completed' and h.days_overdue > 0)::int as overdue
      from ${itemHealth} h where ${scopeSql(scope)}`),
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    items: n("items"),
    red: n("red"),
    yellow: n("yellow"),
    green: n("green"),
    completed: n("completed"),
    overdue: n("overdue"),
  };
}

/** Each unit's lights over the items it holds, the most red (then yellow) first. One aggregate. */
async function worstDepartments(scope: ScreenScope) {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select d.id, d.name, count(*)::int as total,
        count(*) filter (where h.health = 'red')::int as red,
        count(*) filter (where h.health = 'yellow')::int as yellow,
        count(*) filter (where h.health = 'green')::int as green,
        count(*) filter (where h.health = 'completed')::int as completed
      from ${itemHealth} h
      join ${assignments} a on a.work_item_id = h.work_item_id
      join ${departments} d on d.id = a.department_id
      where ${scopeSql(scope)}
      group by d.id, d.name
      order by red desc, yellow desc, total desc, d.name
      limit ${SCREEN_DEPARTMENTS}`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    total: Number(r.total),
    red: Number(r.red),
    yellow: Number(r.yellow),
    green: Number(r.green),
    completed: Number(r.completed),
  }));
}

/** The latest 督办 notices on items in scope. */
async function latestNotices(scope: ScreenScope) {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select n.id, n.level, n.status, n.respond_by::text as respond_by, d.name as department, w.code, w.title
      from ${supervisionNotices} n
      join ${workItems} w on w.id = n.work_item_id
      join ${itemHealth} h on h.work_item_id = n.work_item_id
      join ${departments} d on d.id = n.department_id
      where ${scopeSql(scope)}
      order by n.created_at desc, n.id desc
      limit ${SCREEN_NOTICES}`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    level: String(r.level) as "reminder" | "urge" | "supervise",
    status: String(r.status) as "open" | "responded" | "closed" | "escalated",
    respondBy: String(r.respond_by),
    department: String(r.department),
    code: String(r.code),
    title: String(r.title),
  }));
}

/**
 * Everything the meeting-room screen shows, read with the link's scope (its plan, or all plans) and no
 * user at all: there is no actor here, so nothing can be written on anyone's behalf. The only write
 * is the stored health brought up to today, as every reader of the lights does.
 */
export async function readScreen(scope: ScreenScope, today: string = clockToday()) {
  await ensureHealthFresh(today);
  const [counts, byDepartment, notices, timeline] = await Promise.all([
    headline(scope),
    worstDepartments(scope),
    latestNotices(scope),
    scope.planId == null
      ? Promise.resolve(null)
      : readPlanTimeline({ planId: scope.planId, order: "urgent", pageSize: SCREEN_BARS, today }),
  ]);
  return { scope, today, counts, byDepartment, notices, timeline };
}
export type ScreenView = Awaited<ReturnType<typeof readScreen>>;
