import "server-only";
import { and, getTableName, gt, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Queryable } from "@/db";
import { itemHealth, itemHealthHistory } from "@/db/schema";

/**
 * "As of" history of the stored health (db/schema/health.ts, item_health_history): the health store
 * calls `recordHealthHistory` after it writes changed lights and `closeHealthHistory` when it drops
 * the light of an item no longer dispatched, in the same transaction. A day's row holds the state
 * the day ended with.
 */

/** The columns that make up an item's state on a day (everything the board shows from the store). */
const STATE = [
  "plan_id",
  "health",
  "urgency",
  "reasons",
  "days_overdue",
  "missing_reports",
  "progress_percent",
  "indicators",
  "indicators_reported",
  "indicators_attained",
  "due_on",
] as const;
const stateOf = (alias: string) => sql.raw(`(${STATE.map((c) => `${alias}."${c}"`).join(", ")})`);
const setState = sql.raw(STATE.map((c) => `"${c}" = c."${c}"`).join(", "));
const setExcluded = sql.raw(STATE.map((c) => `"${c}" = excluded."${c}"`).join(", "));
const stateColumns = sql.raw(STATE.map((c) => `"${c}"`).join(", "));
const stateValues = sql.raw(STATE.map((c) => `c."${c}"`).join(", "));

/** Item ids, or rows carrying them. */
type Items = readonly (number | { id: number })[];
const idsOf = (items: Items) => items.map((i) => (typeof i === "number" ? i : i.id));

/**
 * Brings the history of these items in line with their stored light as of `today`: a state that
 * differs from the open row rewrites it when that row began today (or later, under a test clock),
 * else closes it at `today` and opens a new one from `today`. Set-based: three statements whatever
 * the number of items.
 */
export async function recordHealthHistory(q: Queryable, items: Items, today: string): Promise<void> {
  const ids = idsOf(items);
  if (ids.length === 0) return;
  // The ids as a relation to join, not `= any(array)`: as an index condition inside a nested loop,
  // that probes the index once per element for every outer row (minutes for a city's 24,000 items).
  const idList = sql`${sql.param(ids)}::int[]`;
  const touched = sql`${itemHealth} c join unnest(${idList}) as ids(id) on c.work_item_id = ids.id`;
  await q.execute(sql`
    update ${itemHealthHistory} h set ${setState}
    from ${touched}
    where h.work_item_id = c.work_item_id
      and h.valid_to is null and h.valid_from >= ${today}::date
      and ${stateOf("h")} is distinct from ${stateOf("c")}`);
  await q.execute(sql`
    update ${itemHealthHistory} h set valid_to = ${today}::date
    from ${touched}
    where h.work_item_id = c.work_item_id
      and h.valid_to is null and h.valid_from < ${today}::date
      and ${stateOf("h")} is distinct from ${stateOf("c")}`);
  await q.execute(sql`
    insert into ${itemHealthHistory} (work_item_id, valid_from, ${stateColumns})
    select c.work_item_id, ${today}::date, ${stateValues} from ${touched}
    where not exists (select 1 from ${itemHealthHistory} h where h.work_item_id = c.work_item_id and h.valid_to is null)
    on conflict (work_item_id, valid_from) do update set valid_to = null, ${setExcluded}`);
}

/**
 * Ends the history of items whose light was dropped (withdrawn, back to draft): the open row ends at
 * `today`, or goes when it began today (the item was not tracked at the end of any day since).
 */
export async function closeHealthHistory(q: Queryable, items: Items, today: string): Promise<void> {
  const ids = idsOf(items);
  if (ids.length === 0) return;
  const idList = sql`${sql.param(ids)}::int[]`;
  await q.execute(sql`
    delete from ${itemHealthHistory}
    where work_item_id = any(${idList}) and valid_to is null and valid_from >= ${today}::date`);
  await q.execute(sql`
    update ${itemHealthHistory} set valid_to = ${today}::date
    where work_item_id = any(${idList}) and valid_to is null`);
}

/**
 * The stored health as it stood at the end of `day`, as a subquery with item_health's name and
 * columns: the board's queries, written against `itemHealth`, read it unchanged when they select
 * from this instead (their column references render as "item_health"."…", which this alias answers).
 */
export function healthAsOf(day: string): typeof itemHealth {
  const h = itemHealthHistory;
  const subquery = db
    .select({
      workItemId: h.workItemId,
      planId: h.planId,
      health: h.health,
      urgency: h.urgency,
      reasons: h.reasons,
      daysOverdue: h.daysOverdue,
      missingReports: h.missingReports,
      progressPercent: h.progressPercent,
      indicators: h.indicators,
      indicatorsReported: h.indicatorsReported,
      indicatorsAttained: h.indicatorsAttained,
      dueOn: h.dueOn,
      computedOn: sql<string>`${day}::date`.as("computed_on"),
      computedAt: sql<Date>`null::timestamptz`.as("computed_at"),
    })
    .from(h)
    .where(and(lte(h.validFrom, day), or(isNull(h.validTo), gt(h.validTo, day))))
    .as(getTableName(itemHealth));
  return subquery as unknown as typeof itemHealth;
}

/** The same rows for hand-written SQL (`from ${historyRowsAsOf(day)} h`), with item_health's column names. */
export function historyRowsAsOf(day: string) {
  return sql`(select * from ${itemHealthHistory} where valid_from <= ${day}::date
    and (valid_to is null or valid_to > ${day}::date))`;
}

/**
 * The lights to read in hand-written SQL (`from ${lightsAt(day)} h`): the stored ones when `day` is
 * null, else the history's rows at the end of that past day. Every "as of" reader chooses here.
 */
export function lightsAt(day: string | null | undefined): SQL | typeof itemHealth {
  return day ? historyRowsAsOf(day) : itemHealth;
}

/**
 * The day to read a past moment's lights from: `day` itself when it is before today and the history
 * reaches back to it, else today (the stored lights stand in for a day before the history began).
 */
export async function lightsDayFor(day: string, today: string): Promise<string> {
  if (day >= today) return today;
  const first = await historyStartsOn();
  return first && first <= day ? day : today;
}

/** The first day the history covers (null while it is empty): "as of" earlier days shows nothing. */
export async function historyStartsOn(q: Queryable = db): Promise<string | null> {
  const rows = await q
    .select({ first: sql<string | null>`min(${itemHealthHistory.validFrom})` })
    .from(itemHealthHistory);
  return rows[0]?.first ?? null;
}

/**
 * Items whose open history row disagrees with the stored light (or is missing, or outlives it): part
 * of the drift check, so that "as of" never silently drifts from what the board showed that day.
 */
export async function historyDrift(
  q: Queryable,
): Promise<{ workItemId: number; kind: "missing" | "extra" | "differs" }[]> {
  const rows = await q.execute(sql`
    select coalesce(c.work_item_id, h.work_item_id) as "workItemId",
      case when h.work_item_id is null then 'missing' when c.work_item_id is null then 'extra' else 'differs' end as kind
    from ${itemHealth} c
    full join (select * from ${itemHealthHistory} where valid_to is null) h on h.work_item_id = c.work_item_id
    where h.work_item_id is null or c.work_item_id is null or ${stateOf("h")} is distinct from ${stateOf("c")}
    order by 1`);
  return rowsOf<{ workItemId: number; kind: "missing" | "extra" | "differs" }>(rows).map((r) => ({
    ...r,
    workItemId: Number(r.workItemId),
  }));
}
