/**
 * Work items (sections' items and some sub-items) with deadlines spread around "today", and their
 * lead and supporting units (some expanded from 各区县(市)人民政府).
 */
import { ITEM_PHRASES } from "./city";
import { pick } from "./sql-text";
import type { SynthContext } from "./synth-structure";

/** Share of items that are sub-items (each chosen parent gets two). */
const SUB_SHARE = 0.15;

export function itemsSql(ctx: SynthContext): string[] {
  const perPlan = ctx.sizes.workItems / ctx.sizes.plans;
  const top = Math.max(6, Math.round(perPlan * (1 - SUB_SHARE)));
  // Parents are the non-goal top-level items (5 of 6 sections): two children each.
  const parentShare = Math.min(1, (perPlan * SUB_SHARE) / 2 / ((top * 5) / 6));
  const secretariat = "(select ids[1] from syn_role where role = 'secretariat')";
  return [
    `create temp table syn_wi as
       select p.id as plan_id, s.id as section_id, s.position as spos, i, p.published_at as pub,
         random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
       from plans p cross join generate_series(1, ${top}) i
       join sections s on s.plan_id = p.id and s.position = ((i - 1) * 6) / ${top}`,
    `create temp table syn_wi2 as
       select w.*, case when r1 < 0.03 then 'draft' when r1 < 0.21 then 'completed' else 'dispatched' end as status,
         case when r1 >= 0.03 then least(pub + (r2 * 45) * interval '1 day' + interval '2 hours', c.nowts - interval '1 day') end as dispatched_at,
         (w.spos + 1) || '.' || row_number() over (partition by w.section_id order by w.i) as code
       from syn_wi w, syn_cfg c`,
    `create temp table syn_wi3 as
       select w.*, case when status = 'completed' then dispatched_at + (c.nowts - dispatched_at) * (0.3 + 0.7 * r3) end as completed_at
       from syn_wi2 w, syn_cfg c`,
    `insert into work_items (plan_id, section_id, kind, code, title, text, position, due_on, original_due_on, ongoing, status,
       reporting_cycle, report_due_day, dispatched_at, dispatched_by, completed_at, created_at, updated_at)
     select plan_id, section_id,
       (case when spos = 0 then 'goal' when i % 10 < 6 then 'task' when i % 10 < 9 then 'project' else 'measure' end)::work_item_kind,
       code, ${pick(ITEM_PHRASES, "r5")} || '(第' || i || '项)',
       '围绕' || ${pick(ITEM_PHRASES, "r4")} || ',制定工作方案,明确时间表和路线图,按季度推进落实,年底前形成阶段性成果。', i,
       due, case when due is not null and r5 < 0.05 then due - 30 - (i % 60) else due end, due is null and status <> 'draft', status::work_item_status,
       (case when (i * 7919) % 100 < 85 then 'monthly' when (i * 7919) % 100 < 97 then 'quarterly' else 'none' end)::reporting_cycle,
       case when (i * 31) % 10 < 8 then 25 when (i * 31) % 10 = 8 then 20 else 10 end,
       dispatched_at, case when dispatched_at is not null then ${secretariat} end, completed_at,
       pub - interval '5 days', coalesce(completed_at, dispatched_at, pub - interval '5 days')
     from (select w.*, case
         when status = 'completed' then (completed_at at time zone 'Asia/Shanghai')::date + (r4 * 60)::int - 10
         when status = 'draft' then c.today + 100 + (r4 * 500)::int
         when r3 < 0.12 then c.today - 1 - (r4 * r4 * 240)::int
         when r3 < 0.22 then c.today + (r4 * 15)::int
         when r3 < 0.25 then null
         else c.today + 15 + (r4 * 700)::int end as due
       from syn_wi3 w, syn_cfg c) x
     order by plan_id, i`,
    // Sub-items: two under some tasks and projects, due no later than the parent.
    `insert into work_items (plan_id, section_id, parent_id, kind, code, title, text, position, due_on, original_due_on, ongoing,
       status, reporting_cycle, report_due_day, dispatched_at, dispatched_by, completed_at, created_at, updated_at)
     select p.plan_id, p.section_id, p.id, 'subtask', p.code || '.' || k, p.title || '子任务' || k, p.text, k,
       case when p.due_on is not null then p.due_on - 15 * k end, case when p.original_due_on is not null then p.original_due_on - 15 * k end,
       p.ongoing, p.status, p.reporting_cycle, p.report_due_day, p.dispatched_at, p.dispatched_by, p.completed_at, p.created_at, p.updated_at
     from (select * from work_items where kind in ('task', 'project') and random() < ${parentShare.toFixed(4)}) p
     cross join generate_series(1, 2) k`,
  ];
}

export function assignmentsSql(ctx: SynthContext): string[] {
  const m = ctx.sizes.departments - 9;
  return [
    // Leads: 85% municipal units, skewed so a few units lead many items (市发展改革委 most); 15% districts.
    `create temp table syn_lead0 as
       select w.id as wid, w.status, w.dispatched_at as dispatched_at, random() as rk, random() as rl, random() as r from work_items w`,
    `create temp table syn_lead as
       select l.*, case when rk < 0.85 then m.id else d.id end as did from syn_lead0 l
       left join syn_mun m on m.idx = floor(${m} * power(rl, 1.6))::int left join syn_dis d on d.idx = floor(9 * rl)::int`,
    `insert into assignments (work_item_id, department_id, role, position, acknowledged_at, acknowledged_by, created_at)
       select wid, did, 'lead', 0, a.at, case when a.at is not null then (select uid from syn_liaison where syn_liaison.did = l.did) end,
         coalesce(dispatched_at, now())
       from syn_lead l cross join lateral (select case when status <> 'draft' and r < 0.92 then least(dispatched_at + r * interval '5 days', now()) end as at) a`,
    `insert into assignments (work_item_id, department_id, role, position, acknowledged_at, acknowledged_by, created_at)
       select l.wid, m.id, 'support', j, a.at, case when a.at is not null then (select uid from syn_liaison where syn_liaison.did = m.id) end,
         coalesce(l.dispatched_at, now())
       from syn_lead l cross join lateral generate_series(1, floor(random() * 3.1 + 0 * l.wid)::int) j
       join syn_mun m on m.idx = (abs(hashint4(l.wid)) + j * 7) % ${m}
       cross join lateral (select case when l.status <> 'draft' and random() < 0.85 then least(l.dispatched_at + random() * interval '8 days', now()) end as at) a
       on conflict do nothing`,
    // 各区县(市)人民政府: one supporting assignment per district, for one item in twenty.
    `insert into assignments (work_item_id, department_id, role, origin_text, position, acknowledged_at, acknowledged_by, created_at)
       select l.wid, d.id, 'support', '各区县(市)人民政府', 10 + d.idx, a.at, case when a.at is not null then (select uid from syn_liaison where did = d.id) end,
         coalesce(l.dispatched_at, now())
       from (select * from syn_lead where r < 0.05) l cross join syn_dis d
       cross join lateral (select case when l.status <> 'draft' and random() < 0.8 then least(l.dispatched_at + random() * interval '8 days', now()) end as at) a
       on conflict do nothing`,
    `update work_items w set units_text = u.t from (
       select a.work_item_id, string_agg(d.name, '、' order by a.position) as t from assignments a join departments d on d.id = a.department_id
       group by a.work_item_id) u where u.work_item_id = w.id`,
  ];
}
