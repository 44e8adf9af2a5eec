import "server-only";
import { desc, lte, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Queryable } from "@/db";
import {
  assignments,
  departments,
  itemHealth,
  reportObligations,
  scoreRuleSets,
  supervisionNotices,
  workItems,
  type ScoreRuleSet,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { fieldError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { isPeriod, periodSpan } from "@/lib/lifecycle/periods";
import { computeScore, type Score, type ScoreInputs } from "@/lib/scores/compute";
import { DEFAULT_SCORE_RULES, scoreRulesSchema, type ScoreRules } from "@/lib/scores/rules";
import { recordAudit } from "./audit";
import { lightsAt, lightsDayFor } from "./health-history";
import { ensureHealthFresh } from "./health-store";

/** The rules a period that begins on `start` is scored by: the latest set in force that day. */
export async function rulesFor(q: Queryable, start: string): Promise<{ rules: ScoreRules; since: string | null }> {
  const [set] = await q
    .select()
    .from(scoreRuleSets)
    .where(lte(scoreRuleSets.effectiveFrom, start))
    .orderBy(desc(scoreRuleSets.effectiveFrom))
    .limit(1);
  return set ? { rules: set.rules, since: set.effectiveFrom } : { rules: DEFAULT_SCORE_RULES, since: null };
}

/** The rules in force on `day` (what the secretariat's form starts from). */
export async function currentScoreRules(day: string): Promise<ScoreRules> {
  return (await rulesFor(db, day)).rules;
}

/**
 * Saves a rule set for the periods beginning on or after `effectiveFrom` (a date not before today,
 * so no period already begun is scored again); a day that already has a set is refused, never overwritten.
 */
export async function saveScoreRules(input: {
  actor: Actor;
  effectiveFrom: string;
  rules: ScoreRules;
  note?: string;
}): Promise<ScoreRuleSet> {
  authorize(input.actor, saveScoreRules.permission);
  const rules = scoreRulesSchema.parse(input.rules);
  const current = clockToday();
  if (input.effectiveFrom < current)
    throw fieldError("effectiveFrom", msg("planErrors.score.effectiveInPast", { today: current }));
  return db.transaction(async (tx) => {
    const before = (await rulesFor(tx, input.effectiveFrom)).rules;
    const [saved] = await tx
      .insert(scoreRuleSets)
      .values({ effectiveFrom: input.effectiveFrom, rules, note: input.note ?? "", createdBy: input.actor.id })
      .onConflictDoNothing({ target: scoreRuleSets.effectiveFrom })
      .returning();
    // A set already saved for that day is never overwritten unseen (two secretaries at once): pick another day.
    if (!saved) throw fieldError("effectiveFrom", msg("planErrors.score.dateTaken", { day: input.effectiveFrom }));
    await recordAudit(tx, {
      actor: input.actor,
      action: "score.rules",
      entityType: "score_rule_set",
      entityId: saved.id,
      before: { effectiveFrom: input.effectiveFrom, rules: before },
      after: { effectiveFrom: input.effectiveFrom, rules },
    });
    return saved;
  });
}

saveScoreRules.permission = "score.configure" as const;

export interface DepartmentScore extends Score {
  departmentId: number;
  departmentName: string;
}

type Counts = Omit<ScoreInputs, "notices"> & {
  departmentId: number;
  departmentName: string;
  reminders: number;
  urges: number;
  supervisions: number;
};

/**
 * Every unit holding an item in scope, with what it did in [start, until]: reports due and on time
 * (report obligations), items it leads completed and completed by their due date, its led items'
 * indicators (as they stood at `until`, from `source`), the days its led items were past due inside the window, and the notices
 * issued to it by level. One statement; everything counted in SQL.
 */
async function periodCounts(
  start: string,
  until: string,
  planId: number | undefined,
  source: SQL | typeof itemHealth,
): Promise<Counts[]> {
  const scope = planId ? sql`h.plan_id = ${planId}` : sql`true`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with units as (
        select distinct a.department_id from ${assignments} a join ${source} h on h.work_item_id = a.work_item_id
        where ${scope}
      ),
      reports as (
        select o.department_id, count(*)::int as due, count(*) filter (where o.filed_on <= o.due_on)::int as on_time
        from ${reportObligations} o join ${source} h on h.work_item_id = o.work_item_id
        where o.due_on between ${start}::date and ${until}::date and ${scope}
        group by o.department_id
      ),
      led as (
        select a.department_id, h.due_on, h.indicators_reported, h.indicators_attained,
          (w.completed_at at time zone 'Asia/Shanghai')::date as comp
        from ${assignments} a
        join ${source} h on h.work_item_id = a.work_item_id
        join ${workItems} w on w.id = a.work_item_id
        where a.role = 'lead' and ${scope}
      ),
      led_counts as (
        select department_id,
          count(*) filter (where comp between ${start}::date and ${until}::date)::int as completed,
          count(*) filter (where comp between ${start}::date and ${until}::date and (due_on is null or comp <= due_on))::int as completed_on_time,
          sum(indicators_reported)::int as indicators_reported,
          sum(indicators_attained)::int as indicators_attained,
          sum(case when due_on is null then 0 else greatest(0,
            least(${until}::date, coalesce(comp - 1, ${until}::date)) - greatest(${start}::date, due_on + 1) + 1
          ) end)::int as overdue_days
        from led group by department_id
      ),
      notices as (
        select n.department_id,
          count(*) filter (where n.level = 'reminder')::int as reminders,
          count(*) filter (where n.level = 'urge')::int as urges,
          count(*) filter (where n.level = 'supervise')::int as supervisions
        from ${supervisionNotices} n join ${source} h on h.work_item_id = n.work_item_id
        where (n.created_at at time zone 'Asia/Shanghai')::date between ${start}::date and ${until}::date and ${scope}
        group by n.department_id
      )
      select u.department_id, d.name,
        coalesce(r.due, 0) as due, coalesce(r.on_time, 0) as on_time,
        coalesce(l.completed, 0) as completed, coalesce(l.completed_on_time, 0) as completed_on_time,
        coalesce(l.indicators_reported, 0) as indicators_reported, coalesce(l.indicators_attained, 0) as indicators_attained,
        coalesce(l.overdue_days, 0) as overdue_days,
        coalesce(n.reminders, 0) as reminders, coalesce(n.urges, 0) as urges, coalesce(n.supervisions, 0) as supervisions
      from units u
      join ${departments} d on d.id = u.department_id
      left join reports r on r.department_id = u.department_id
      left join led_counts l on l.department_id = u.department_id
      left join notices n on n.department_id = u.department_id`),
  );
  return rows.map((r) => ({
    departmentId: Number(r.department_id),
    departmentName: String(r.name),
    reportsDue: Number(r.due),
    reportsOnTime: Number(r.on_time),
    completed: Number(r.completed),
    completedOnTime: Number(r.completed_on_time),
    indicatorsReported: Number(r.indicators_reported),
    indicatorsAttained: Number(r.indicators_attained),
    overdueItemDays: Number(r.overdue_days),
    reminders: Number(r.reminders),
    urges: Number(r.urges),
    supervisions: Number(r.supervisions),
  }));
}

/**
 * 量化考核 for one month (2026-03) or quarter (2026-Q1), up to `today` when the period is still
 * running: every unit in scope with its score, the most it could score, and the breakdown that
 * explains each point, best first. The rules are those in force when the period began.
 */
export async function departmentScores(input: {
  actor: Actor;
  period: string;
  planId?: number;
  today: string;
}): Promise<{ period: string; since: string | null; rules: ScoreRules; rows: DepartmentScore[] }> {
  authorize(input.actor, "board.view");
  if (!isPeriod(input.period)) throw fieldError("period", msg("planErrors.score.period"));
  const { start, end } = periodSpan(input.period);
  const until = end < input.today ? end : input.today;
  await ensureHealthFresh(input.today);
  const { rules, since } = await rulesFor(db, start);
  // A period that ended before today is counted on the lights as they stood at its last day, so a
  // later extension or reading does not rescore it; before the history begins, today's stand in.
  const lightsOn = await lightsDayFor(until, clockToday());
  const source = lightsAt(lightsOn < clockToday() ? lightsOn : null);
  const counts = start > until ? [] : await periodCounts(start, until, input.planId, source);
  const rows = counts.map(({ departmentId, departmentName, reminders, urges, supervisions, ...inputs }) => ({
    departmentId,
    departmentName,
    ...computeScore({ ...inputs, notices: { reminder: reminders, urge: urges, supervise: supervisions } }, rules),
  }));
  rows.sort(
    (a, b) =>
      b.score - a.score || a.departmentName.localeCompare(b.departmentName, "zh-CN") || a.departmentId - b.departmentId,
  );
  return { period: input.period, since, rules, rows };
}
