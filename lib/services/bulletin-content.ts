import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db";
import { assignments, departments, itemHealth, reportObligations, supervisionNotices, workItems } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import {
  rankRows,
  type BulletinContent,
  type BulletinNotice,
  type BulletinRedItem,
  type BulletinSummary,
  type NoticeLevel,
} from "@/lib/bulletins/content";
import { lightsAt } from "./health-history";
import { departmentScores } from "./scores";

/** At most this many red items and notices are listed one by one (the counts are always complete). */
const RED_LIST_MAX = 300;
const NOTICE_LIST_MAX = 200;

/**
 * The figures of a bulletin for [from, until] as the stored health stood at the end of `snapshotOn`
 * (today's lights, or the history's for a past day): the summary counts,
 * the 量化考核 ranking (one row per department), the red items and the notices issued, read in SQL.
 * The caller has refreshed the stored health (departmentScores does it too).
 */
export async function bulletinContent(input: {
  actor: Actor;
  period: string;
  from: string;
  until: string;
  today: string;
  snapshotOn: string;
}): Promise<BulletinContent> {
  const { from, until } = input;
  const h = lightsAt(input.snapshotOn < input.today ? input.snapshotOn : null);
  const scores = await departmentScores({ actor: input.actor, period: input.period, today: input.today });
  const ranking = rankRows(
    scores.rows.map((r) => ({
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      score: r.score,
      max: r.max,
    })),
  );
  const [summary, redItems, notices] = await Promise.all([
    summaryCounts(from, until, h),
    redItemsOn(h),
    noticesIssued(from, until),
  ]);
  return { from, until, summary, ranking, redItems, notices };
}

/** Today's stored lights, or a past day's rows of the history (same columns). */
type Lights = typeof itemHealth | SQL;

async function summaryCounts(from: string, until: string, h: Lights): Promise<BulletinSummary> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select
        (select count(*)::int from ${h} h) as items,
        (select count(*)::int from ${h} h join ${workItems} w on w.id = h.work_item_id
          where (w.completed_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${until}::date) as completed,
        (select count(*)::int from ${h} h where health = 'red') as red,
        (select count(*)::int from ${h} h where health <> 'completed' and days_overdue > 0) as overdue,
        (select count(*)::int from ${reportObligations} where due_on between ${from}::date and ${until}::date) as reports_due,
        (select count(*)::int from ${reportObligations}
          where due_on between ${from}::date and ${until}::date and filed_on <= due_on) as reports_on_time`),
  );
  return {
    items: Number(row?.items ?? 0),
    completed: Number(row?.completed ?? 0),
    red: Number(row?.red ?? 0),
    overdue: Number(row?.overdue ?? 0),
    reportsDue: Number(row?.reports_due ?? 0),
    reportsOnTime: Number(row?.reports_on_time ?? 0),
  };
}

/** Red items, most days overdue first, each with its lead units. */
async function redItemsOn(lights: Lights): Promise<BulletinRedItem[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select w.code, w.title, h.due_on::text as due_on, h.days_overdue,
        coalesce((select array_agg(d.name order by a.position) from ${assignments} a
          join ${departments} d on d.id = a.department_id
          where a.work_item_id = w.id and a.role = 'lead'), '{}') as leads
      from ${lights} h join ${workItems} w on w.id = h.work_item_id
      where h.health = 'red'
      order by h.days_overdue desc, w.code, w.id
      limit ${RED_LIST_MAX}`),
  );
  return rows.map((r) => ({
    code: String(r.code),
    title: String(r.title),
    leadUnits: arrayOf(r.leads),
    dueOn: r.due_on == null ? null : String(r.due_on),
    daysOverdue: Number(r.days_overdue),
  }));
}

async function noticesIssued(from: string, until: string): Promise<BulletinContent["notices"]> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select n.level, d.name as department, w.code, w.title,
        (n.created_at at time zone 'Asia/Shanghai')::date::text as issued_on
      from ${supervisionNotices} n
      join ${departments} d on d.id = n.department_id
      join ${workItems} w on w.id = n.work_item_id
      where (n.created_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${until}::date
      order by n.created_at, n.id`),
  );
  const counts: Record<NoticeLevel, number> = { reminder: 0, urge: 0, supervise: 0 };
  const list: BulletinNotice[] = rows.map((r) => {
    const level = String(r.level) as NoticeLevel;
    counts[level] += 1;
    return {
      level,
      departmentName: String(r.department),
      itemCode: String(r.code),
      itemTitle: String(r.title),
      issuedOn: String(r.issued_on),
    };
  });
  return { counts, list: list.slice(0, NOTICE_LIST_MAX) };
}

/** A text[] as either driver returns it (an array, or PostgreSQL's literal `{a,b}`). */
function arrayOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const text = String(value ?? "");
  if (text === "{}" || text === "") return [];
  return text
    .slice(1, -1)
    .split(",")
    .map((s) => s.replace(/^"|"$/g, ""));
}
