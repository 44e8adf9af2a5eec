/**
 * Supervision notices, extension and completion requests, notifications and the audit trail. Audit
 * records go in through the table's own triggers (append-only, hash chain), in batches, so
 * `npm run audit:verify` holds on the result.
 */
import type { SynthSizes } from "./synth-sizes";

const role = (r: string, expr: string) => `(select ids[1 + (${expr}) % n] from syn_role where role = '${r}')`;

export function noticesSql(sizes: SynthSizes): string[] {
  return [
    // Notices fall mostly on overdue items: their weight is lower in the random order.
    `create temp table syn_nc as
       select a.work_item_id as wid, a.department_id as did, w.due_on as due, w.dispatched_at as dispatched_at, random() as u, random() as u2
       from assignments a join work_items w on w.id = a.work_item_id
       where w.status <> 'draft'
       order by case when w.due_on < (select today from syn_cfg) then random() * 0.25 else random() end
       limit ${sizes.notices}`,
    `create temp table syn_nc2 as
       select c.*, least(f.nowts - interval '1 hour', greatest(c.dispatched_at + interval '1 day',
           case when c.due < f.today then (c.due::timestamp + interval '10 hours') at time zone 'Asia/Shanghai' + c.u * (f.nowts - ((c.due::timestamp) at time zone 'Asia/Shanghai'))
                else c.dispatched_at + c.u * (f.nowts - c.dispatched_at) end)) as at
       from syn_nc c, syn_cfg f`,
    `create temp table syn_nc3 as
       select c.*, (c.at at time zone 'Asia/Shanghai')::date + 7 as respond_by,
         case when (c.at at time zone 'Asia/Shanghai')::date + 7 >= f.today then case when c.u2 < 0.7 then 'open' else 'responded' end
              else case when c.u2 < 0.55 then 'closed' when c.u2 < 0.75 then 'responded' when c.u2 < 0.8 then 'escalated' else 'open' end end as status
       from syn_nc2 c, syn_cfg f`,
    `insert into supervision_notices (work_item_id, department_id, level, reason, respond_by, status, issued_by, response, responded_at,
       responded_by, closed_at, closed_by, created_at, updated_at)
     select wid, did, (case when u < 0.6 then 'reminder' when u < 0.9 then 'urge' else 'supervise' end)::notice_level,
       '该事项进展滞后于计划,请说明原因并提出整改措施。', respond_by, status::notice_status, ${role("supervisor", "wid")},
       case when status in ('responded', 'closed') then '已召开专题会议研究,制定整改方案,预计一个月内追上进度。' end,
       case when status in ('responded', 'closed') then least(at + interval '3 days', (select nowts from syn_cfg)) end,
       case when status in ('responded', 'closed') then (select uid from syn_liaison where syn_liaison.did = x.did) end,
       case when status = 'closed' then least(at + interval '5 days', (select nowts from syn_cfg)) end,
       case when status = 'closed' then ${role("supervisor", "wid")} end,
       at, at
     from syn_nc3 x order by at`,
  ];
}

export function requestsSql(sizes: SynthSizes): string[] {
  const n = Math.max(5, Math.round(sizes.workItems / 40));
  return [
    // Extensions: approved ones moved dueOn (originalDueOn earlier); some pending and refused.
    `insert into extension_requests (work_item_id, department_id, current_due_on, requested_due_on, reason, status, requested_by, decided_by,
       decided_at, decision_note, created_at)
     select w.id, a.department_id, coalesce(w.original_due_on, w.due_on), coalesce(w.due_on, w.original_due_on) + case when w.due_on = w.original_due_on then 60 else 0 end,
       '受项目审批和资金拨付影响,需延长完成时限。', s.st::request_status,
       (select uid from syn_liaison where did = a.department_id),
       case when s.st <> 'pending' then ${role("secretariat", "w.id")} end,
       case when s.st <> 'pending' then least(w.updated_at + interval '3 days', (select nowts from syn_cfg)) end,
       case when s.st = 'refused' then '理由不充分,请按原时限推进。' end, w.updated_at
     from work_items w join assignments a on a.work_item_id = w.id and a.role = 'lead'
     cross join lateral (select case when w.due_on <> w.original_due_on then 'approved' when w.id % 3 = 0 then 'refused' else 'pending' end as st) s
     where w.status = 'dispatched' and w.due_on is not null and (w.due_on <> w.original_due_on or w.id % 97 = 0)
     limit ${n}`,
    `insert into completion_requests (work_item_id, department_id, summary, status, requested_by, decided_by, decided_at, created_at)
     select w.id, a.department_id, '各项目标任务已全部完成,相关佐证材料已上传。', 'approved',
       (select uid from syn_liaison where did = a.department_id), ${role("secretariat", "w.id")}, w.completed_at, w.completed_at - interval '5 days'
     from work_items w join assignments a on a.work_item_id = w.id and a.role = 'lead' where w.status = 'completed'`,
    `insert into completion_requests (work_item_id, department_id, summary, status, requested_by, created_at)
     select w.id, a.department_id, '本事项已基本完成,申请办结。', 'pending', (select uid from syn_liaison where did = a.department_id),
       (select nowts from syn_cfg) - (w.id % 10) * interval '1 day'
     from work_items w join assignments a on a.work_item_id = w.id and a.role = 'lead'
     where w.status = 'dispatched' and w.due_on < (select today + 30 from syn_cfg) and w.id % 13 = 0 limit ${Math.max(3, Math.round(n / 4))}`,
  ];
}

/** Items by position, so a random pick is one indexed join. */
export const itemPoolSql = `create temp table syn_items as
  select (row_number() over (order by w.id))::int as rn, w.id, w.plan_id as plan_id, w.code, w.title, w.due_on as due, a.department_id as did
  from work_items w join assignments a on a.work_item_id = w.id and a.role = 'lead'`;

export function notificationsSql(sizes: SynthSizes): string {
  const span = "interval '730 days'";
  return `insert into notifications (user_id, kind, params, title, body, link, read_at, created_at)
    select u.id, k.kind, k.params, k.title, k.body, '/items/' || i.id,
      case when x.u2 < 0.75 then x.at + interval '6 hours' end, x.at
    from (select g, random() as u, random() as u2, (select nowts from syn_cfg) - random() * ${span} as at,
            1 + floor(random() * (select count(*) from syn_items))::int as rn from generate_series(1, ${sizes.notifications}) g) x
    join syn_items i on i.rn = x.rn
    cross join lateral (select case when x.u < 0.8 then (select uid from syn_liaison where did = i.did)
                                    when x.u < 0.95 then ${role("secretariat", "x.g")} else ${role("supervisor", "x.g")} end as id) u
    cross join lateral (select * from (values
        (0.4, 'reminder.report_due', jsonb_build_object('due', to_char(x.at, 'YYYY-MM-25'), 'period', to_char(x.at, 'YYYY-MM'), 'item', i.title),
          '请于 ' || to_char(x.at, 'YYYY-MM-25') || ' 前填报 ' || to_char(x.at, 'YYYY-MM') || ' 进展:' || i.title, to_char(x.at, 'YYYY-MM') || ' 期进展报告截止 ' || to_char(x.at, 'YYYY-MM-25')),
        (0.6, 'report.accepted', jsonb_build_object('code', i.code, 'item', i.title, 'period', to_char(x.at, 'YYYY-MM')),
          '进展报告已通过:' || i.code || ' ' || i.title, to_char(x.at, 'YYYY-MM') || ' 的进展报告已通过审核'),
        (0.75, 'item.dispatched', jsonb_build_object('code', i.code, 'item', i.title, 'due', coalesce(i.due::text, 'none')),
          '新交办任务:' || i.code || ' ' || i.title, '请及时签收。'),
        (0.85, 'report.submitted', jsonb_build_object('code', i.code, 'item', i.title, 'reporter', '联络员', 'period', to_char(x.at, 'YYYY-MM')),
          '进展报告待审核:' || i.code || ' ' || i.title, '联络员 提交了 ' || to_char(x.at, 'YYYY-MM') || ' 的进展报告'),
        (1.01, 'reminder.overdue', jsonb_build_object('days', 7, 'item', i.title, 'due', coalesce(i.due::text, '')),
          '事项已逾期 7 天:' || i.title, '完成期限 ' || coalesce(i.due::text, '') || ',请尽快推进并报告进展')
      ) v(upto, kind, params, title, body) where x.u2 * 0.999 < v.upto order by v.upto limit 1) k
    where u.id is not null`;
}

const AUDIT_MIX: [number, string, string][] = [
  [0.25, "report.submit", "progress_report"],
  [0.38, "report.saveDraft", "progress_report"],
  [0.55, "report.accept", "progress_report"],
  [0.57, "report.return", "progress_report"],
  [0.72, "auth.signIn", "user"],
  [0.8, "auth.signOut", "user"],
  [0.86, "item.acknowledge", "assignment"],
  [0.91, "item.dispatch", "work_item"],
  [0.93, "notice.issue", "supervision_notice"],
  [0.95, "notice.respond", "supervision_notice"],
  [0.96, "extension.request", "extension_request"],
  [0.97, "completion.request", "completion_request"],
  [0.975, "export.board", "export"],
  [0.98, "auth.signInFailed", "user"],
  [1.01, "item.changeDue", "work_item"],
];

/** One batch of audit records, numbered `from`…`to` of `total`, spread over three years in order. */
export function auditBatchSql(from: number, to: number, total: number): string {
  const mix = AUDIT_MIX.map(([upto, action, entity]) => `(${upto}, '${action}', '${entity}')`).join(", ");
  return `insert into audit_events (actor_id, actor_name, action, entity_type, entity_id, plan_id, work_item_id, department_id, before, after, ip, created_at)
    select u.id, u.name, m.action, m.entity,
      case when m.entity = 'user' then u.id::text else (i.id * 3 + x.g % 3)::text end,
      case when m.entity not in ('user', 'export') then i.plan_id end, case when m.entity not in ('user', 'export') then i.id end,
      case when m.entity not in ('user', 'export') then i.did end,
      case when m.action like 'report.%' then jsonb_build_object('status', 'draft', 'percent', (x.g % 20) * 5) end,
      case when m.entity = 'user' then jsonb_build_object('username', u.username)
           else jsonb_build_object('status', m.action, 'period', to_char(x.at, 'YYYY-MM'), 'percent', (x.g % 20) * 5 + 5) end,
      '10.' || (x.g % 200) || '.' || (x.g % 250) || '.' || (1 + x.g % 253), x.at
    from (select g, random() as u, 1 + floor(random() * (select count(*) from syn_items))::int as rn,
            (select nowts from syn_cfg) - interval '1095 days' * (1 - g::float8 / ${total}) - interval '2 hours' as at
          from generate_series(${from}, ${to}) g) x
    join syn_items i on i.rn = x.rn
    cross join lateral (select action, entity from (values ${mix}) v(upto, action, entity) where x.u < v.upto order by v.upto limit 1) m
    cross join lateral (select us.id, us.display_name as name, us.username from users us
      where us.id = case when m.action like 'report.accept%' or m.action in ('report.return', 'item.dispatch', 'item.changeDue') then ${role("secretariat", "x.g")}
                         when m.action like 'notice.issue' then ${role("supervisor", "x.g")}
                         when m.entity in ('user', 'export') then ${role("liaison", "x.g")}
                         else (select uid from syn_liaison where did = i.did) end) u
    order by x.g`;
}
