import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db";
import {
  assignments,
  auditEvents,
  departments,
  extensionRequests,
  itemHealth,
  plans,
  sections,
  workItems,
  type ItemHealthRecord,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { requiredPeriods, type ReportingCycle } from "@/lib/lifecycle/periods";
import { lightsAt } from "./health-history";
import { ensureHealthFresh } from "./health-store";

/** 挂图作战: one dispatched item as a bar from its dispatch day to its due day. */
export interface TimelineBar {
  id: number;
  code: string;
  title: string;
  sectionId: number;
  isSubItem: boolean;
  leadName: string | null;
  health: ItemHealthRecord["health"];
  /** The Asia/Shanghai day it was dispatched (the plan's start when unknown). */
  startOn: string;
  /** Its due day (an ongoing item: the day health uses, the plan period's end). */
  endOn: string;
  ongoing: boolean;
  /** The due date in force before it first moved after dispatch, when the current one differs from it. */
  originalDueOn: string | null;
  /** Why it differs: an approved 延期申请, or the secretariat changed the date. */
  dueChange: "extended" | "changed" | null;
  /** Report due days inside the bar (its reporting cycle). */
  reportTicks: string[];
}

export interface TimelineSection {
  id: number;
  code: string;
  title: string;
  total: number;
  red: number;
  yellow: number;
  green: number;
  completed: number;
  /** This page's rows of the section (empty when the section is on another page). */
  rows: TimelineBar[];
}

export interface TimelineFilters {
  departmentId?: number;
  sectionId?: number;
  /** A past day: the bars, lights and due dates as they stood at its end (item_health_history). */
  asOf?: string;
}

/** The lights read: today's stored ones, or those at the end of a past day. */
const lights = (f: TimelineFilters) => lightsAt(f.asOf);
/** Only what had happened by the end of the "as of" day. */
const happened = (column: SQL, f: TimelineFilters) =>
  f.asOf ? sql`and (${column} at time zone 'Asia/Shanghai')::date <= ${f.asOf}::date` : sql``;

/** Rows per page: a plan may have a thousand items; one page never renders them all. */
export const TIMELINE_PAGE_SIZE = 100;

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v == null ? null : String(v));

function scopeOf(planId: number, f: TimelineFilters): SQL {
  return sql`h.plan_id = ${planId}
    ${f.sectionId ? sql`and w.section_id = ${f.sectionId}` : sql``}
    ${
      f.departmentId
        ? sql`and exists (select 1 from ${assignments} a where a.work_item_id = w.id and a.department_id = ${f.departmentId})`
        : sql``
    }`;
}

/** Per section: how many items in scope and of which light, with the span their bars cover. One aggregate. */
async function sectionCounts(planId: number, f: TimelineFilters) {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select s.id, s.code, s.title, count(*)::int as total,
        count(*) filter (where h.health = 'red')::int as red,
        count(*) filter (where h.health = 'yellow')::int as yellow,
        count(*) filter (where h.health = 'green')::int as green,
        count(*) filter (where h.health = 'completed')::int as completed,
        min((w.dispatched_at at time zone 'Asia/Shanghai')::date)::text as first_on,
        max(coalesce(w.due_on, h.due_on))::text as last_on
      from ${lights(f)} h
      join ${workItems} w on w.id = h.work_item_id
      join ${sections} s on s.id = w.section_id
      where ${scopeOf(planId, f)}
      group by s.id, s.code, s.title, s.position
      order by s.position, s.id`),
  );
  return rows.map((r) => ({
    section: {
      id: Number(r.id),
      code: String(r.code),
      title: String(r.title),
      total: Number(r.total),
      red: Number(r.red),
      yellow: Number(r.yellow),
      green: Number(r.green),
      completed: Number(r.completed),
      rows: [] as TimelineBar[],
    },
    firstOn: str(r.first_on),
    lastOn: str(r.last_on),
  }));
}

/** Plan order (section, item, its sub-items) or worst first (the meeting-room screen). */
const ORDER = {
  plan: sql`s.position, coalesce(p.position, w.position), coalesce(p.id, w.id), w.parent_id nulls first, w.position, w.id`,
  urgent: sql`h.urgency, h.days_overdue desc, s.position, coalesce(p.position, w.position), w.position, w.id`,
};

async function barRows(input: {
  planId: number;
  filters: TimelineFilters;
  planStart: string | null;
  limit: number;
  offset: number;
  order: keyof typeof ORDER;
  until: string;
}): Promise<TimelineBar[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select w.id, w.code, w.title, w.section_id, w.parent_id, w.ongoing, w.reporting_cycle, w.report_due_day,
        h.health, ${input.filters.asOf ? sql`case when w.due_on is null then null else h.due_on end` : sql`w.due_on`}::text as due_on,
        h.due_on::text as health_due_on,
        (w.dispatched_at at time zone 'Asia/Shanghai')::date::text as start_on,
        (select d.name from ${assignments} a join ${departments} d on d.id = a.department_id
          where a.work_item_id = w.id and a.role = 'lead' order by a.position limit 1) as lead_name,
        (select x.due from (
          select e.current_due_on::text as due, e.decided_at as at, true as extended from ${extensionRequests} e
            where e.work_item_id = w.id and e.status = 'approved' ${happened(sql`e.decided_at`, input.filters)}
          union all
          select ae.before->>'dueOn', ae.created_at, false from ${auditEvents} ae
            where ae.work_item_id = w.id and ae.action = 'item.changeDue' ${happened(sql`ae.created_at`, input.filters)}
        ) x order by x.at, x.extended desc limit 1) as first_due,
        exists (select 1 from ${extensionRequests} e
          where e.work_item_id = w.id and e.status = 'approved' ${happened(sql`e.decided_at`, input.filters)}) as extended
      from ${lights(input.filters)} h
      join ${workItems} w on w.id = h.work_item_id
      join ${sections} s on s.id = w.section_id
      left join ${workItems} p on p.id = w.parent_id
      where ${scopeOf(input.planId, input.filters)}
      order by ${ORDER[input.order]}
      limit ${input.limit} offset ${input.offset}`),
  );
  return rows.map((r) => barOf(r, input.planStart, input.until));
}

/** One row as a bar: its dates, how its due date moved, and the report days it owes along the way. */
function barOf(r: Row, planStart: string | null, until: string): TimelineBar {
  const dueOn = str(r.due_on);
  const startOn = str(r.start_on) ?? planStart ?? dueOn ?? until;
  const endOn = dueOn ?? str(r.health_due_on) ?? until;
  // The date in force when it first moved after dispatch: the first approved extension's, or the date
  // the secretariat changed (its audit record); not originalDueOn, which may be the imported date.
  const first = str(r.first_due);
  const moved = first != null && dueOn != null && first !== dueOn;
  const ticks = requiredPeriods({
    cycle: String(r.reporting_cycle) as ReportingCycle,
    reportDueDay: Number(r.report_due_day),
    dispatchedOn: startOn,
    until: endOn,
    itemDueOn: endOn,
  }).map((p) => p.dueOn);
  return {
    id: Number(r.id),
    code: String(r.code),
    title: String(r.title),
    sectionId: Number(r.section_id),
    isSubItem: r.parent_id != null,
    leadName: str(r.lead_name),
    health: String(r.health) as TimelineBar["health"],
    startOn,
    endOn: endOn < startOn ? startOn : endOn,
    ongoing: Boolean(r.ongoing) || dueOn == null,
    originalDueOn: moved ? first : null,
    dueChange: moved ? (r.extended ? "extended" : "changed") : null,
    reportTicks: ticks,
  };
}

async function planHead(planId: number) {
  const [row] = rowsOf<Row>(
    await db.execute(
      sql`select id, title, period_start::text as period_start, period_end::text as period_end from ${plans} where id = ${planId}`,
    ),
  );
  if (!row) throw notFound();
  return {
    id: Number(row.id),
    title: String(row.title),
    periodStart: str(row.period_start),
    periodEnd: str(row.period_end),
  };
}

/** The units holding items of the plan, for the department filter. */
async function departmentOptions(planId: number): Promise<{ id: number; name: string }[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select distinct d.id, d.name from ${assignments} a
      join ${itemHealth} h on h.work_item_id = a.work_item_id
      join ${departments} d on d.id = a.department_id
      where h.plan_id = ${planId}
      order by d.name`),
  );
  return rows.map((r) => ({ id: Number(r.id), name: String(r.name) }));
}

async function sectionOptions(planId: number): Promise<{ id: number; code: string; title: string }[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`select id, code, title from ${sections} where plan_id = ${planId} order by position, id`),
  );
  return rows.map((r) => ({ id: Number(r.id), code: String(r.code), title: String(r.title) }));
}

function spanOf(days: (string | null | undefined)[]): { start: string; end: string } {
  const known = days.filter((d): d is string => Boolean(d)).sort();
  return { start: known[0]!, end: known[known.length - 1]! };
}

/**
 * A plan's 挂图作战 as the link's or the reader's scope allows, with no permission check of its own:
 * `getPlanTimeline` (a signed-in reader) and the meeting-room screen (a link's plan) call it. It only
 * reads; the stored health is brought up to today first, as every page that reads it does.
 */
export async function readPlanTimeline(input: {
  planId: number;
  filters?: TimelineFilters;
  page?: number;
  pageSize?: number;
  order?: keyof typeof ORDER;
  today?: string;
}) {
  const now = input.today ?? clockToday();
  const given = input.filters ?? {};
  const filters = { ...given, asOf: given.asOf && given.asOf < now ? given.asOf : undefined };
  // "Today" on the chart is the day shown.
  const today = filters.asOf ?? now;
  const pageSize = input.pageSize ?? TIMELINE_PAGE_SIZE;
  const plan = await planHead(input.planId);
  await ensureHealthFresh(now);
  const counted = await sectionCounts(plan.id, filters);
  const total = counted.reduce((n, c) => n + c.section.total, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, input.page ?? 1), pages);
  const range = spanOf([
    ...counted.flatMap((c) => [c.firstOn, c.lastOn]),
    today,
    counted.length ? null : plan.periodStart,
    counted.length ? null : plan.periodEnd,
  ]);
  const rows = await barRows({
    planId: plan.id,
    filters,
    planStart: plan.periodStart,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    order: input.order ?? "plan",
    until: range.end,
  });
  const bySection = new Map(counted.map((c) => [c.section.id, c.section]));
  for (const row of rows) bySection.get(row.sectionId)?.rows.push(row);
  return { plan, today, filters, range, sections: counted.map((c) => c.section), rows, total, page, pages, pageSize };
}
export type PlanTimeline = Awaited<ReturnType<typeof readPlanTimeline>>;

/** 挂图作战 for a reader of the board: one page of bars, the counts per section and the filters' choices. */
export async function getPlanTimeline(input: {
  actor: Actor;
  planId: number;
  filters?: TimelineFilters;
  page?: number;
  today?: string;
}) {
  authorize(input.actor, getPlanTimeline.permission);
  const timeline = await readPlanTimeline(input);
  const [departmentChoices, sectionChoices] = await Promise.all([
    departmentOptions(timeline.plan.id),
    sectionOptions(timeline.plan.id),
  ]);
  return { ...timeline, options: { departments: departmentChoices, sections: sectionChoices } };
}
getPlanTimeline.permission = "board.view" as const;
