/**
 * Progress reports (monthly or quarterly, from each assignment's dispatch to today), their
 * revisions, the items' indicators and the readings filed with reports.
 */
import { DIFFICULTIES, INDICATORS, NARRATIVES } from "./city";
import { pick } from "./sql-text";

/** Every (assignment, period) that could carry a report; rank 0 is the latest period. */
export const reportCandidatesSql = `create temp table syn_rc as
  select a.work_item_id as wid, a.department_id as did, w.reporting_cycle = 'quarterly' as quarterly, w.report_due_day as rdd,
    w.status = 'completed' as completed, g.p, g.rank
  from assignments a join work_items w on w.id = a.work_item_id
  cross join lateral (
    select p::date as p, (row_number() over (order by p desc) - 1)::int as rank from generate_series(
      date_trunc(case when w.reporting_cycle = 'quarterly' then 'quarter' else 'month' end, w.dispatched_at at time zone 'Asia/Shanghai'),
      date_trunc(case when w.reporting_cycle = 'quarterly' then 'quarter' else 'month' end,
        least((select today from syn_cfg)::timestamp, w.completed_at at time zone 'Asia/Shanghai')),
      case when w.reporting_cycle = 'quarterly' then interval '3 months' else interval '1 month' end) p) g
  where w.status <> 'draft' and w.reporting_cycle <> 'none'`;

export const candidateHistogramSql = "select rank, count(*)::int as n from syn_rc group by rank order by rank";

/** Keep each period with this probability: a few are missing, as in a real city. */
export const KEEP = 0.93;

/** The newest `ranks` periods of each assignment (and a share `frac` of the next) make up the target. */
export function historyDepth(
  histogram: { rank: number; n: number }[],
  target: number,
): { ranks: number; frac: number } {
  let total = 0;
  for (const { rank, n } of histogram) {
    const add = n * KEEP;
    if (total + add >= target) return { ranks: rank, frac: (target - total) / add };
    total += add;
  }
  return { ranks: histogram.length, frac: 0 };
}

export function reportsSql(depth: { ranks: number; frac: number }): string[] {
  const liaison = "(select uid from syn_liaison where syn_liaison.did = x.did)";
  const reviewer = "(select ids[1 + (x.wid % n)] from syn_role where role = 'secretariat')";
  return [
    `create temp table syn_rp as
       select c.*, random() as u, random() as u2,
         (c.p + case when c.quarterly then interval '2 months' else interval '0' end + (least(c.rdd,
           extract(day from date_trunc('month', c.p + case when c.quarterly then interval '2 months' else interval '0' end) + interval '1 month - 1 day')) - 1)
           * interval '1 day')::date as due,
         case when c.quarterly then to_char(c.p, 'YYYY') || '-Q' || extract(quarter from c.p) else to_char(c.p, 'YYYY-MM') end as period
       from syn_rc c
       where (c.rank < ${depth.ranks} and random() < ${KEEP}) or (c.rank = ${depth.ranks} and random() < ${(KEEP * depth.frac).toFixed(4)})`,
    `create temp table syn_rp2 as
       select r.*, case
           when r.due >= f.today then case when r.u < 0.5 then 'draft' when r.u < 0.85 then 'submitted' when r.u < 0.95 then 'accepted' else 'returned' end
           when r.rank <= 1 then case when r.u < 0.05 then 'draft' when r.u < 0.25 then 'submitted' when r.u < 0.92 then 'accepted' else 'returned' end
           else case when r.u < 0.02 then 'draft' when r.u < 0.05 then 'submitted' when r.u < 0.97 then 'accepted' else 'returned' end end as status,
         case when r.completed and r.rank = 0 then 100 else greatest(0, 95 - r.rank * 6 - floor(r.u2 * 10)::int) end as percent,
         least(f.nowts, ((r.due - floor(r.u2 * 8)::int)::timestamp + interval '9 hours' + r.u * interval '8 hours') at time zone 'Asia/Shanghai') as at
       from syn_rp r, syn_cfg f`,
    `insert into progress_reports (work_item_id, department_id, period, status, progress_status, percent, narrative, difficulties, help_needed,
       submitted_at, submitted_by, reviewed_at, reviewed_by, return_reason, created_by, created_at, updated_at)
     select x.wid, x.did, x.period, x.status::report_status,
       (case when x.completed and x.rank = 0 then 'done' when x.u2 < 0.04 then 'blocked' when x.percent = 0 then 'not_started' else 'in_progress' end)::progress_status,
       x.percent, ${pick(NARRATIVES, "x.u2")}, case when x.u < 0.2 then ${pick(DIFFICULTIES, "x.u * 5")} end,
       case when x.u2 > 0.9 then '请市级层面协调解决项目要素保障问题。' end,
       case when x.status <> 'draft' then x.at end, case when x.status <> 'draft' then ${liaison} end,
       case when x.status in ('accepted', 'returned') then least(x.at + interval '2 days', (select nowts from syn_cfg)) end,
       case when x.status in ('accepted', 'returned') then ${reviewer} end,
       case when x.status = 'returned' then '请补充量化数据和佐证材料后重新提交。' end,
       ${liaison}, x.at - interval '2 days',
       case when x.status in ('accepted', 'returned') then least(x.at + interval '2 days', (select nowts from syn_cfg)) else x.at end
     from syn_rp2 x order by x.at`,
    // Every report that was ever submitted keeps the submitted version (what reviewers and others see).
    `insert into progress_report_revisions (report_id, revision, snapshot, created_by, created_at)
       select id, 1, jsonb_build_object('period', period, 'status', 'submitted', 'progressStatus', progress_status, 'percent', percent,
         'narrative', narrative, 'difficulties', difficulties, 'helpNeeded', help_needed, 'readings', '[]'::jsonb, 'files', '[]'::jsonb),
         submitted_by, submitted_at
       from progress_reports where status <> 'draft'`,
  ];
}

export function indicatorsSql(): string[] {
  const names = INDICATORS.map((i) => i.name);
  const units = INDICATORS.map((i) => i.unit);
  return [
    `insert into indicators (work_item_id, name, comparator, target_value, unit, approximate, baseline_value, baseline_on, due_on, source_text, position)
       select w.id, ${pick(names, "((w.id + k) % 6) / 6.0")}, c.cmp::indicator_comparator, 100 + (w.id % 50) * 10,
         ${pick(units, "((w.id + k) % 6) / 6.0")}, c.cmp = '~', (100 + (w.id % 50) * 10) * 0.6, p.issued_on, w.due_on,
         '到' || extract(year from p.period_end) || '年,' || ${pick(names, "((w.id + k) % 6) / 6.0")} || '达到' || (100 + (w.id % 50) * 10), k
       from work_items w join plans p on p.id = w.plan_id
       cross join generate_series(0, (w.id % 2)) k
       cross join lateral (select case when (w.id + k) % 20 < 16 then '>=' when (w.id + k) % 20 < 18 then '<=' when (w.id + k) % 20 = 18 then '=' else '~' end as cmp) c
       where w.kind = 'goal' or w.id % 15 = 0`,
    `create temp table syn_ind_cand as
       select r.id as rid, i.id as iid, i.baseline_value as base, i.target_value as target, r.percent
       from progress_reports r join indicators i on i.work_item_id = r.work_item_id where r.status <> 'draft'`,
  ];
}

export function readingsSql(share: number): string {
  return `insert into indicator_readings (report_id, indicator_id, value, created_at)
    select rid, iid, round((base + (target - base) * percent / 100.0 * (0.9 + random() * 0.2))::numeric, 2),
      (select submitted_at from progress_reports where id = rid)
    from syn_ind_cand where random() < ${share.toFixed(4)}`;
}
