/** What the bench measures: who signs in for each page, the busy item and plan, and the plain-SQL answers to compare with. */
import type postgres from "postgres";
import { median } from "./args";

export interface Target {
  name: string;
  path: string;
  username: string;
  role: string;
}

export interface Accounts {
  supervisor: string;
  leader: string;
  secretariat: string;
  auditor: string;
  /** The liaison of the department with the most open assignments. */
  liaison: string;
  liaisonDepartmentId: number;
}

async function first(sql: postgres.Sql, role: string): Promise<string> {
  const [row] = await sql`select username from users where role = ${role}::user_role and is_active order by id limit 1`;
  if (!row) throw new Error(`no active ${role} account in the database`);
  return row.username as string;
}

export async function findAccounts(sql: postgres.Sql): Promise<Accounts> {
  const [busiest] = await sql`
    select a.department_id as id, min(u.username) as username from assignments a
    join work_items w on w.id = a.work_item_id and w.status = 'dispatched'
    join users u on u.department_id = a.department_id and u.role = 'liaison' and u.is_active
    group by a.department_id order by count(distinct a.id) desc limit 1`;
  if (!busiest) throw new Error("no liaison with dispatched work in the database");
  return {
    supervisor: await first(sql, "supervisor"),
    leader: await first(sql, "leader"),
    secretariat: await first(sql, "secretariat"),
    auditor: await first(sql, "auditor"),
    liaison: busiest.username as string,
    liaisonDepartmentId: Number(busiest.id),
  };
}

export async function buildTargets(sql: postgres.Sql, a: Accounts): Promise<Target[]> {
  const [item] =
    await sql`select r.work_item_id as id from progress_reports r join work_items w on w.id = r.work_item_id and w.status = 'dispatched'
    group by r.work_item_id order by count(*) desc, r.work_item_id limit 1`;
  const [plan] =
    await sql`select plan_id as id from work_items group by plan_id order by count(*) desc, plan_id limit 1`;
  const t = (name: string, path: string, username: string, role: string): Target => ({ name, path, username, role });
  return [
    t("/board", "/board", a.supervisor, "supervisor"),
    t("/ranking", "/ranking", a.supervisor, "supervisor"),
    t("/ (supervisor)", "/", a.supervisor, "supervisor"),
    t("/ (leader)", "/", a.leader, "leader"),
    t("/ (liaison)", "/", a.liaison, "liaison"),
    t("/ (secretariat)", "/", a.secretariat, "secretariat"),
    t("/inbox", "/inbox", a.liaison, "liaison"),
    t(`/items/${item?.id}`, `/items/${item?.id}`, a.supervisor, "supervisor"),
    t(`/plans/${plan?.id}`, `/plans/${plan?.id}`, a.supervisor, "supervisor"),
    t("/notices", "/notices", a.supervisor, "supervisor"),
    t("/audit", "/audit", a.auditor, "auditor"),
    t("/requests", "/requests", a.secretariat, "secretariat"),
    t("/review", "/review", a.secretariat, "secretariat"),
    t("export board", "/api/export/board", a.supervisor, "supervisor"),
    t("export ranking", "/api/export/ranking", a.supervisor, "supervisor"),
    t("export audit", "/api/export/audit", a.auditor, "auditor"),
  ];
}

/** The board's question in one query: every dispatched item with its plan, lead unit, last filed report and open notices. */
export const BOARD_SQL = `
  select w.id, w.code, w.title, w.due_on, w.reporting_cycle, p.title as plan, d.name as lead, lr.period, lr.percent, lr.submitted_at,
    (select count(*) from supervision_notices n where n.work_item_id = w.id and n.status = 'open') as open_notices
  from work_items w
  join plans p on p.id = w.plan_id and p.status = 'published'
  join assignments a on a.work_item_id = w.id and a.role = 'lead'
  join departments d on d.id = a.department_id
  left join lateral (select period, percent, submitted_at from progress_reports r
    where r.work_item_id = w.id and r.status in ('submitted', 'accepted') order by period desc limit 1) lr on true
  where w.status = 'dispatched'
  order by w.due_on nulls last, w.id`;

/** The inbox's question: the department's dispatched items with its role, acknowledgement, its last report and open notices. */
export const INBOX_SQL = `
  select w.id, w.code, w.title, w.due_on, a.role, a.acknowledged_at, lr.period, lr.status, lr.percent,
    (select count(*) from supervision_notices n where n.work_item_id = w.id and n.department_id = a.department_id and n.status = 'open') as open_notices
  from assignments a join work_items w on w.id = a.work_item_id
  left join lateral (select period, status, percent from progress_reports r
    where r.work_item_id = w.id and r.department_id = a.department_id order by period desc limit 1) lr on true
  where a.department_id = $1 and w.status = 'dispatched'
  order by w.due_on nulls last, w.id`;

/** Median time of a query over `runs` runs after one warm-up, all rows fetched. */
export async function timeSql(
  sql: postgres.Sql,
  text: string,
  params: (string | number)[] = [],
  runs = 5,
): Promise<{ ms: number; rows: number }> {
  let rows = 0;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const result = await sql.unsafe(text, params);
    if (i > 0) times.push(performance.now() - started);
    rows = result.length;
  }
  return { ms: median(times), rows };
}
