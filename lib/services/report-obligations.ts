import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Queryable } from "@/db";
import { assignments, itemHealth, progressReports, reportObligations, workItems } from "@/db/schema";
import { addDays } from "@/lib/clock";

/** How far ahead an ongoing item's (no due date) periods are held; the daily refresh tops them up. */
export const ONGOING_HORIZON_DAYS = 366;

/**
 * The reports owed by the items `which` selects (over `item_health h`), by the rule of
 * lib/lifecycle/periods (requiredPeriods): every period from the one of dispatch, due on the item's
 * report day clamped to the month, after the dispatch day, not after the item's due date (for an
 * ongoing item, `horizon`), nor after its completion; one row per unit assigned, with the day that
 * unit's report for the period was first submitted. With `beyondStored`, only the periods due after
 * the last one the item already holds (the horizon's top-up; a write refreshes the rest).
 */
function obligationsOf(which: SQL, horizon: string, { beyondStored = false } = {}): SQL {
  return sql`
    -- Materialized, so each item's figures (its last period held, above all) are computed once, not
    -- once per period.
    with items as materialized (
      select w.id, h.plan_id, w.reporting_cycle as cyc, w.report_due_day as dd,
        (w.dispatched_at at time zone 'Asia/Shanghai')::date as disp,
        (w.completed_at at time zone 'Asia/Shanghai')::date as comp,
        coalesce(h.due_on, ${horizon}::date) as last,
        ${
          beyondStored
            ? // Grouped, so the planner reads the item's rows by the primary key rather than walking the
              // whole due-date index backwards for a max() per item.
              sql`coalesce((select max(o.due_on) from ${reportObligations} o
                where o.work_item_id = w.id group by o.work_item_id), '-infinity'::date)`
            : sql`'-infinity'::date`
        } as held
      from ${itemHealth} h join ${workItems} w on w.id = h.work_item_id
      where ${which} and w.reporting_cycle <> 'none' and w.dispatched_at is not null
    ),
    periods as (
      select i.*, p.start::date as start,
        (case when i.cyc = 'quarterly' then p.start + interval '2 months' else p.start end)::date as due_month
      from items i cross join lateral generate_series(
        date_trunc(case when i.cyc = 'quarterly' then 'quarter' else 'month' end, i.disp::timestamp),
        i.last::timestamp,
        case when i.cyc = 'quarterly' then interval '3 months' else interval '1 month' end) as p(start)
    ),
    -- Materialized, so the reports are joined on the period by their index, not by a filter
    -- computing each period's text again for every report of the unit on the item.
    dues as materialized (
      select id, plan_id, disp, comp, last, held,
        case when cyc = 'quarterly' then to_char(start, 'YYYY') || '-Q' || extract(quarter from start)::int
          else to_char(start, 'YYYY-MM') end as period,
        make_date(extract(year from due_month)::int, extract(month from due_month)::int,
          greatest(1, least(dd, extract(day from (date_trunc('month', due_month) + interval '1 month - 1 day'))::int))) as due
      from periods
    )
    select d.id as work_item_id, a.department_id, d.plan_id, d.period, d.due as due_on,
      (r.submitted_at at time zone 'Asia/Shanghai')::date as filed_on
    from dues d
    join ${assignments} a on a.work_item_id = d.id
    left join ${progressReports} r on r.work_item_id = d.id and r.department_id = a.department_id
      and r.period = d.period and r.status <> 'draft' and r.submitted_at is not null
    where d.due > d.disp and d.due <= d.last and (d.comp is null or d.due <= d.comp) and d.due > d.held`;
}

const horizonOf = (today: string) => addDays(today, ONGOING_HORIZON_DAYS);
const itemIn = (ids: number[]) => sql`h.work_item_id = any(${sql.param(ids)}::int[])`;

/**
 * Recomputes the obligations of the given items (after their stored health, whose due date they
 * follow): called for every item the triggers marked, in the same transaction.
 */
export async function refreshObligations(q: Queryable, ids: number[], today: string): Promise<void> {
  if (ids.length === 0) return;
  await q.execute(
    sql`delete from ${reportObligations} where ${reportObligations.workItemId} = any(${sql.param(ids)}::int[])`,
  );
  await q.execute(sql`
    insert into ${reportObligations} (work_item_id, department_id, plan_id, period, due_on, filed_on)
    ${obligationsOf(itemIn(ids), horizonOf(today))}`);
}

/**
 * The days moved on: ongoing items of the given plans hold their periods a year ahead again. Items
 * with a due date need nothing, their periods do not depend on the day. Only the periods the horizon
 * reached are added (the others stand: a write that changes them refreshes its item's obligations),
 * and any past it (the day went back) dropped, rather than every period written again each night.
 */
export async function topUpOngoing(q: Queryable, planIds: number[], today: string): Promise<void> {
  const ids = rowsOf<{ id: number }>(
    await q.execute(sql`
      select h.work_item_id as id from ${itemHealth} h
      where h.plan_id = any(${sql.param(planIds)}::int[]) and h.due_on is null`),
  ).map((r) => Number(r.id));
  const horizon = horizonOf(today);
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    await q.execute(sql`
      delete from ${reportObligations}
      where ${reportObligations.workItemId} = any(${sql.param(chunk)}::int[]) and ${reportObligations.dueOn} > ${horizon}::date`);
    await q.execute(sql`
      insert into ${reportObligations} (work_item_id, department_id, plan_id, period, due_on, filed_on)
      ${obligationsOf(itemIn(chunk), horizon, { beyondStored: true })}
      on conflict do nothing`);
  }
}

export interface ObligationDrift {
  workItemId: number;
  departmentId: number;
  period: string;
  /** "missing": owed but not stored; "extra": stored but not owed (or with another due or filing day). */
  field: "missing" | "extra";
}

/**
 * The stored obligations against a fresh enumeration from the source rows, up to `today` (beyond it
 * an ongoing item's horizon depends on the day it was stored): every difference, at most `limit`.
 */
export async function obligationDrift(q: Queryable, today: string, limit = 100): Promise<ObligationDrift[]> {
  const rows = rowsOf<{ work_item_id: number; department_id: number; period: string; field: "missing" | "extra" }>(
    await q.execute(sql`
      with fresh as (select * from (${obligationsOf(sql`true`, horizonOf(today))}) f where f.due_on <= ${today}::date),
      stored as (
        select work_item_id, department_id, plan_id, period, due_on, filed_on from ${reportObligations}
        where due_on <= ${today}::date
      )
      (select *, 'missing' as field from (select * from fresh except select * from stored) m limit ${limit})
      union all
      (select *, 'extra' as field from (select * from stored except select * from fresh) e limit ${limit})`),
  );
  return rows.map((r) => ({
    workItemId: Number(r.work_item_id),
    departmentId: Number(r.department_id),
    period: r.period,
    field: r.field,
  }));
}
