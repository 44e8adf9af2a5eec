/**
 * The city's structure, set-based: departments and the district group, users, plans, sections,
 * work items and assignments. Every statement is plain SQL (one round trip each), so the same text
 * runs on PostgreSQL and PGlite.
 */
import { DISTRICT_GROUP, DISTRICTS, MUNICIPAL_UNITS, PLAN_TOPICS, planSourceText } from "./city";
import { lit, pick, textArray } from "./sql-text";
import { staffFor, type SynthSizes } from "./synth-sizes";

export interface SynthContext {
  sizes: SynthSizes;
  scale: number;
  /** "Today" of the city, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  passwordHash: string;
}

/** Session settings and the config row every later statement reads. */
export function setupSql(ctx: SynthContext): string[] {
  return [
    "select setseed(0.42)",
    `create temp table syn_cfg as select ${lit(ctx.today)}::date as today,
       ((${lit(ctx.today)}::date + (now() at time zone 'Asia/Shanghai')::time) at time zone 'Asia/Shanghai') - interval '1 minute' as nowts`,
  ];
}

export function departmentsSql(ctx: SynthContext): string[] {
  const municipal = MUNICIPAL_UNITS.slice(0, ctx.sizes.departments - DISTRICTS.length);
  const rows = [...municipal, ...DISTRICTS.map((name) => ({ name, kind: "district" }))].map(
    (d) =>
      `(${lit(d.name)}, ${lit(d.name.startsWith("市") ? `长沙${d.name}` : d.name)}, ${lit(d.name.replace(/^市/, ""))}, ${lit(d.kind)}::department_kind)`,
  );
  return [
    `insert into departments (name, full_name, short_name, kind) values ${rows.join(",\n")}`,
    // One other spelling per unit, as plans write them (长沙市… for 市…).
    `insert into department_aliases (department_id, alias) select id, '长沙' || name from departments where name like '市%'`,
    `insert into department_groups (name, aliases) values (${lit(DISTRICT_GROUP.name)}, ${textArray(DISTRICT_GROUP.aliases)})`,
    `insert into department_group_members (group_id, department_id, position)
       select g.id, d.id, row_number() over (order by d.id) - 1 from department_groups g, departments d
       where g.name = ${lit(DISTRICT_GROUP.name)} and d.kind = 'district'`,
    `create temp table syn_mun as select (row_number() over (order by id) - 1)::int as idx, id from departments where kind <> 'district'`,
    `create temp table syn_dis as select (row_number() over (order by id) - 1)::int as idx, id from departments where kind = 'district'`,
  ];
}

/** Staff accounts, then liaisons spread over every department (at least one each). */
export function usersSql(ctx: SynthContext): string[] {
  const staff = staffFor(ctx.scale);
  const names: Record<string, string> = {
    admin: "管理员",
    auditor: "审计员",
    leader: "领导",
    supervisor: "督查",
    secretariat: "秘书",
  };
  // The secretariat sits at the development and reform commission; the other staff have no department.
  const homes: Record<string, string> = { secretariat: "市发展改革委" };
  const staffRows = Object.entries(staff).flatMap(([role, n]) =>
    Array.from({ length: n }, (_, i) => {
      const home = homes[role];
      const dept = home ? `(select id from departments where name = ${lit(home)})` : "NULL";
      return `(${lit(`bench-${role}-${i + 1}`)}, ${lit(`${names[role]}${i + 1}`)}, ${lit(role)}::user_role, ${dept}, ${lit(`bench-${role}-${i + 1}@bench.example`)})`;
    }),
  );
  const liaisons = ctx.sizes.users - staffRows.length;
  return [
    `insert into users (username, display_name, role, department_id, email, password_hash) select u, n, r, d, e, ${lit(ctx.passwordHash)}
       from (values ${staffRows.join(",\n")}) v(u, n, r, d, e)`,
    `insert into users (username, display_name, role, department_id, email, phone, password_hash)
       select 'bench-liaison-' || d.rn || '-' || k, coalesce(d.short_name, d.name) || '联络员' || k, 'liaison', d.id,
         case when random() < 0.7 then 'bench-liaison-' || d.rn || '-' || k || '@bench.example' end,
         '1380731' || lpad((d.rn * 10 + k)::text, 4, '0'), ${lit(ctx.passwordHash)}
       from (select id, name, short_name, row_number() over (order by id) as rn, count(*) over () as n from departments) d
       cross join lateral generate_series(1, greatest(1, (${liaisons} / d.n) + case when d.rn <= ${liaisons} % d.n then 1 else 0 end)::int) k`,
    `create temp table syn_liaison as select department_id as did, min(id) as uid from users where role = 'liaison' group by department_id`,
    `create temp table syn_role as select role::text as role, array_agg(id order by id) as ids, array_agg(display_name order by id) as names,
       count(*)::int as n from users group by role`,
  ];
}

export function plansSql(ctx: SynthContext): string[] {
  const nP = ctx.sizes.plans;
  return [
    `insert into plans (title, doc_number, issuer, issued_on, effective_from, valid_until, period_start, period_end, source_text,
       source_hash, source_filename, status, published_at, created_by, created_at, updated_at)
     select '长沙市加快' || ${pick(PLAN_TOPICS, "((p - 1) % 20) / 20.0")} || '高质量发展三年行动计划(' || extract(year from iss) || '—'
         || (extract(year from iss) + 2) || '年)' || case when p > 20 then '(第' || ((p - 1) / 20 + 1) || '批)' else '' end,
       '长政办发〔' || extract(year from iss) || '〕' || p || '号', '长沙市人民政府办公厅', iss, iss,
       (iss + interval '3 years' - interval '1 day')::date, iss, (iss + interval '3 years' - interval '1 day')::date,
       ${lit(planSourceText())}, md5('bench-plan-' || p), 'plan-' || p || '.docx', 'published',
       ((iss + 7)::timestamp + interval '10 hours') at time zone 'Asia/Shanghai',
       (select ids[1] from syn_role where role = 'secretariat'),
       ((iss + 1)::timestamp + interval '9 hours') at time zone 'Asia/Shanghai', ((iss + 7)::timestamp + interval '10 hours') at time zone 'Asia/Shanghai'
     from (select p, (c.today - (40 + ((2 * p - 1) * 525) / ${nP}))::date as iss from generate_series(1, ${nP}) p, syn_cfg c) x`,
    `insert into sections (plan_id, code, title, position, created_at)
       select p.id, (array['一','二','三','四','五','六'])[s], (array['主要目标','重点任务','重点项目','改革举措','保障措施','组织实施'])[s], s - 1, p.created_at
       from plans p, generate_series(1, 6) s`,
  ];
}
