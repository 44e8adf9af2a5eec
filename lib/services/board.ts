import "server-only";
import { and, asc, count, desc, eq, exists, gt, gte, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments, itemHealth, plans, sections, workItems } from "@/db/schema";
import { authorize, can, scopeOf, type Actor } from "@/lib/authz";
import { forbidden } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDateOf } from "@/lib/health";
import { today as clockToday } from "@/lib/clock";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import type { BoardFilters } from "@/lib/validations/board";
import { ensureHealthFresh } from "./health-store";
import type { ItemAssignment, ItemHealthRow } from "./item-health-compute";

export type { ItemAssignment, ItemHealthRow } from "./item-health-compute";

/** An item as the board, its export and the homes list it: the stored light, no indicator detail. */
export type BoardRow = Omit<ItemHealthRow, "indicators">;

/** Rows per board page; the export reads the same order in chunks of EXPORT_CHUNK. */
export const BOARD_PAGE_SIZE = 50;
const EXPORT_CHUNK = 1000;

export interface DepartmentCounts {
  departmentId: number;
  departmentName: string;
  red: number;
  yellow: number;
  green: number;
  completed: number;
  total: number;
}

/** Some unit of the item matches the department and/or role (one indexed probe per item). */
function unitMatches(departmentId?: number, role?: "lead" | "support"): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(assignments)
      .where(
        and(
          eq(assignments.workItemId, itemHealth.workItemId),
          departmentId ? eq(assignments.departmentId, departmentId) : undefined,
          role ? eq(assignments.role, role) : undefined,
        ),
      ),
  );
}

/** The board's filters as SQL over item_health joined to work_items. */
function boardWhere(f: BoardFilters): SQL | undefined {
  return and(
    f.planId ? eq(itemHealth.planId, f.planId) : undefined,
    f.sectionId ? eq(workItems.sectionId, f.sectionId) : undefined,
    f.departmentId || f.role ? unitMatches(f.departmentId, f.role) : undefined,
    f.health ? eq(itemHealth.health, f.health) : undefined,
    f.minDaysOverdue != null ? gte(itemHealth.daysOverdue, f.minDaysOverdue) : undefined,
    f.missingReports ? gt(itemHealth.missingReports, 0) : undefined,
  );
}

/** Red first, then by days overdue (most first), then yellow, green, completed; plan order within. */
const URGENT_FIRST = [
  asc(itemHealth.urgency),
  desc(itemHealth.daysOverdue),
  asc(workItems.planId),
  asc(sections.position),
  asc(workItems.position),
  asc(workItems.id),
];

/** Nearest due date first (a department's next deadlines). */
const DUE_FIRST = [asc(itemHealth.dueOn), asc(workItems.planId), asc(sections.position), asc(workItems.position), asc(workItems.id)];

/** One page of stored lights in board order (or by due date), with the units of just those items. */
export async function boardRows(where: SQL | undefined, limit: number, offset: number, order: "urgency" | "dueOn" = "urgency"): Promise<BoardRow[]> {
  const rows = await db
    .select({
      health: itemHealth,
      item: {
        id: workItems.id,
        code: workItems.code,
        title: workItems.title,
        status: workItems.status,
        dispatchedAt: workItems.dispatchedAt,
        completedAt: workItems.completedAt,
        reportingCycle: workItems.reportingCycle,
        reportDueDay: workItems.reportDueDay,
      },
      plan: { id: plans.id, title: plans.title, periodStart: plans.periodStart, periodEnd: plans.periodEnd },
      section: { id: sections.id, code: sections.code, title: sections.title },
    })
    .from(itemHealth)
    .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .where(where)
    .orderBy(...(order === "dueOn" ? DUE_FIRST : URGENT_FIRST))
    .limit(limit)
    .offset(offset);
  if (rows.length === 0) return [];
  const units = await db
    .select({
      workItemId: assignments.workItemId,
      departmentId: assignments.departmentId,
      departmentName: departments.name,
      role: assignments.role,
      acknowledgedAt: assignments.acknowledgedAt,
    })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(inArray(assignments.workItemId, rows.map((r) => r.item.id)))
    .orderBy(asc(assignments.position));
  const unitsBy = new Map<number, ItemAssignment[]>();
  for (const { workItemId, ...unit } of units) (unitsBy.get(workItemId) ?? unitsBy.set(workItemId, []).get(workItemId)!).push(unit);
  return rows.map(({ health: h, item, plan, section }) => ({
    id: item.id,
    planId: plan.id,
    planTitle: plan.title,
    planPeriodStart: plan.periodStart,
    planPeriodEnd: plan.periodEnd,
    sectionId: section.id,
    sectionCode: section.code,
    sectionTitle: section.title,
    code: item.code,
    title: item.title,
    status: item.status,
    dueOn: h.dueOn,
    dispatchedOn: calendarDateOf(item.dispatchedAt),
    completedOn: calendarDateOf(item.completedAt),
    reportingCycle: item.reportingCycle,
    reportDueDay: item.reportDueDay,
    assignments: unitsBy.get(item.id) ?? [],
    progressPercent: h.progressPercent,
    health: { health: h.health, reasons: h.reasons, daysOverdue: h.daysOverdue, missingReports: h.missingReports },
  }));
}

/**
 * Items per department and health among the items `where` selects, one aggregate query; an item
 * counts once for each of its units (only the units matching the department and role filters).
 */
export async function countByDepartment(where: SQL | undefined, filters: Pick<BoardFilters, "departmentId" | "role"> = {}): Promise<DepartmentCounts[]> {
  const rows = await db
    .select({ departmentId: assignments.departmentId, departmentName: departments.name, health: itemHealth.health, n: count() })
    .from(itemHealth)
    .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
    .innerJoin(assignments, eq(assignments.workItemId, itemHealth.workItemId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(
      and(
        where,
        filters.departmentId ? eq(assignments.departmentId, filters.departmentId) : undefined,
        filters.role ? eq(assignments.role, filters.role) : undefined,
      ),
    )
    .groupBy(assignments.departmentId, departments.name, itemHealth.health);
  const byDept = new Map<number, DepartmentCounts>();
  for (const r of rows) {
    const c =
      byDept.get(r.departmentId) ??
      byDept
        .set(r.departmentId, { departmentId: r.departmentId, departmentName: r.departmentName, red: 0, yellow: 0, green: 0, completed: 0, total: 0 })
        .get(r.departmentId)!;
    c[r.health] += Number(r.n);
    c.total += Number(r.n);
  }
  return [...byDept.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.departmentId - b.departmentId);
}

async function countBoard(where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(itemHealth).innerJoin(workItems, eq(workItems.id, itemHealth.workItemId)).where(where);
  return Number(row?.total ?? 0);
}

/** The filters a liaison's board keeps to: their own department. */
function effectiveFilters(actor: Actor, filters: BoardFilters): { scoped: boolean; filters: BoardFilters } {
  const scoped = scopeOf(actor, "export") === "department";
  return { scoped, filters: scoped ? { ...filters, departmentId: actor.departmentId ?? -1 } : filters };
}

/** The choices the filters offer: plans, sections (of the chosen plan) and departments with dispatched items. */
async function boardOptions(actor: Actor, scoped: boolean, planId: number | undefined) {
  const visible = scoped ? unitMatches(actor.departmentId ?? -1) : undefined;
  const [planRows, sectionRows, departmentRows] = await Promise.all([
    db
      .select({ id: plans.id, label: plans.title })
      .from(plans)
      .where(exists(db.select({ one: sql`1` }).from(itemHealth).where(and(eq(itemHealth.planId, plans.id), visible))))
      .orderBy(asc(plans.id)),
    db
      .select({ id: sections.id, code: sections.code, title: sections.title })
      .from(sections)
      .where(
        and(
          planId ? eq(sections.planId, planId) : undefined,
          exists(
            db
              .select({ one: sql`1` })
              .from(itemHealth)
              .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
              .where(and(eq(workItems.sectionId, sections.id), visible)),
          ),
        ),
      )
      .orderBy(asc(sections.planId), asc(sections.position)),
    db
      .select({ id: departments.id, label: departments.name })
      .from(departments)
      .where(
        and(
          scoped ? eq(departments.id, actor.departmentId ?? -1) : undefined,
          exists(
            db
              .select({ one: sql`1` })
              .from(assignments)
              .innerJoin(itemHealth, eq(itemHealth.workItemId, assignments.workItemId))
              .where(eq(assignments.departmentId, departments.id)),
          ),
        ),
      )
      .orderBy(asc(departments.id)),
  ]);
  return {
    plans: planRows,
    sections: sectionRows.map((s) => ({ id: s.id, label: sectionHeading(s.code, s.title) })),
    departments: departmentRows,
  };
}

/**
 * 督办看板: dispatched items with their stored health and reasons, filtered and ordered red-first in
 * SQL, one page at a time, with the total, the counts per department and the choices the filters
 * offer. A liaison (export only) sees their own department's items and nothing else.
 */
export async function getBoard({ actor, filters, today, page = 1 }: { actor: Actor; filters: BoardFilters; today?: string; page?: number }) {
  authorize(actor, "plan.read");
  const day = today ?? clockToday();
  await ensureHealthFresh(day);
  const { scoped, filters: effective } = effectiveFilters(actor, filters);
  const where = boardWhere(effective);
  const [total, counts, options] = await Promise.all([countBoard(where), countByDepartment(where, effective), boardOptions(actor, scoped, effective.planId)]);
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await boardRows(where, BOARD_PAGE_SIZE, (current - 1) * BOARD_PAGE_SIZE);
  return { today: day, filters: effective, rows, total, page: current, pages, pageSize: BOARD_PAGE_SIZE, counts, options };
}
export type Board = Awaited<ReturnType<typeof getBoard>>;

/**
 * What a board export covers, checked before anything is sent: a liaison exports their own
 * department's items only, and asking for another department is refused, not narrowed.
 */
export async function exportScope(actor: Actor, filters: BoardFilters, today: string) {
  authorize(actor, "export");
  if (filters.departmentId && !can(actor, "export", { type: "department", departmentId: filters.departmentId })) {
    throw forbidden(msg("errors.board.ownDepartmentOnly"));
  }
  await ensureHealthFresh(today);
  const { filters: effective } = effectiveFilters(actor, filters);
  const where = boardWhere(effective);
  return { filters: effective, where, total: await countBoard(where) };
}

/**
 * Every row of the filtered board in board order, a chunk at a time (the export streams them):
 * memory stays at one chunk whatever the number of items.
 */
export async function* boardExportRows(where: SQL | undefined): AsyncGenerator<BoardRow[]> {
  for (let offset = 0; ; offset += EXPORT_CHUNK) {
    const chunk = await boardRows(where, EXPORT_CHUNK, offset);
    if (chunk.length) yield chunk;
    if (chunk.length < EXPORT_CHUNK) return;
  }
}
