import "server-only";
import { and, asc, count, desc, eq, gt, gte, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments, itemHealth, plans, sections, workItems } from "@/db/schema";
import { authorize, can, scopeOf, type Actor } from "@/lib/authz";
import { forbidden } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { today as clockToday } from "@/lib/clock";
import type { BoardFilters } from "@/lib/validations/board";
import { boardOptions, countByDepartment, unitMatches } from "./board-facets";
import { cacheKey, versioned } from "./data-version";
import { healthAsOf, historyStartsOn } from "./health-history";
import { ensureHealthFresh } from "./health-store";

export { countByDepartment, type DepartmentCounts } from "./board-facets";
import { itemRowFields, type ItemAssignment, type ItemHealthRow } from "./item-row";

export type { ItemAssignment, ItemHealthRow } from "./item-row";

/** An item as the board, its export and the homes list it: the stored light, no indicator detail. */
export type BoardRow = Omit<ItemHealthRow, "indicators">;

/** Rows per board page; the export reads the same order in chunks of EXPORT_CHUNK. */
export const BOARD_PAGE_SIZE = 50;
const EXPORT_CHUNK = 1000;

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
const DUE_FIRST = [
  asc(itemHealth.dueOn),
  asc(workItems.planId),
  asc(sections.position),
  asc(workItems.position),
  asc(workItems.id),
];

/** One page of stored lights in board order (or by due date), with the units of just those items. */
export async function boardRows(
  where: SQL | undefined,
  limit: number,
  offset: number,
  order: "urgency" | "dueOn" = "urgency",
  source: typeof itemHealth = itemHealth,
): Promise<BoardRow[]> {
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
    .from(source)
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
    .where(
      inArray(
        assignments.workItemId,
        rows.map((r) => r.item.id),
      ),
    )
    .orderBy(asc(assignments.position));
  const unitsBy = new Map<number, ItemAssignment[]>();
  for (const { workItemId, ...unit } of units)
    (unitsBy.get(workItemId) ?? unitsBy.set(workItemId, []).get(workItemId)!).push(unit);
  return rows.map(({ health: h, item, plan, section }) => ({
    ...itemRowFields({ item, plan, section }),
    dueOn: h.dueOn,
    assignments: unitsBy.get(item.id) ?? [],
    progressPercent: h.progressPercent,
    health: { health: h.health, reasons: h.reasons, daysOverdue: h.daysOverdue, missingReports: h.missingReports },
  }));
}

async function countBoard(where: SQL | undefined, source: typeof itemHealth = itemHealth): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(source)
    .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
    .where(where);
  return Number(row?.total ?? 0);
}

/** The filters a liaison's board keeps to: their own department. */
function effectiveFilters(actor: Actor, filters: BoardFilters): { scoped: boolean; filters: BoardFilters } {
  const scoped = scopeOf(actor, "export") === "department";
  return { scoped, filters: scoped ? { ...filters, departmentId: actor.departmentId ?? -1 } : filters };
}

/**
 * The day a board reads: today's stored health, or, for a past day (`asOf`, before today), the
 * history as it stood at the end of that day.
 */
export function boardSource(asOf: string | undefined, today: string) {
  const past = asOf && asOf < today ? asOf : null;
  return { asOf: past, source: past ? healthAsOf(past) : itemHealth };
}

/**
 * 督办看板: dispatched items with their stored health and reasons, filtered and ordered red-first in
 * SQL, one page at a time, with the total, the counts per department and the choices the filters
 * offer. A liaison (export only) sees their own department's items and nothing else. With
 * `filters.asOf`, the lights and due dates are those of the end of that past day.
 */
export async function getBoard({
  actor,
  filters,
  today,
  page = 1,
}: {
  actor: Actor;
  filters: BoardFilters;
  today?: string;
  page?: number;
}) {
  authorize(actor, "plan.read");
  const day = today ?? clockToday();
  await ensureHealthFresh(day);
  const { scoped, filters: effective } = effectiveFilters(actor, filters);
  const where = boardWhere(effective);
  const { asOf, source } = boardSource(effective.asOf, day);
  // The same question gets the same answer for every user until the data changes (the scope is in the key).
  const key = cacheKey("board", effective, page, scoped ? actor.departmentId : null, day);
  const answer = await versioned(key, async () => {
    const [total, counts, options, historyFrom] = await Promise.all([
      countBoard(where, source),
      countByDepartment(where, effective, source),
      boardOptions(actor, scoped, effective),
      asOf ? historyStartsOn() : null,
    ]);
    const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pages);
    const rows = await boardRows(where, BOARD_PAGE_SIZE, (current - 1) * BOARD_PAGE_SIZE, "urgency", source);
    return { asOf, historyFrom, rows, total, page: current, pages, counts, options };
  });
  return { today: day, filters: effective, pageSize: BOARD_PAGE_SIZE, ...answer };
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
  const { asOf, source } = boardSource(effective.asOf, today);
  return { filters: effective, where, asOf, source, total: await countBoard(where, source) };
}

/**
 * Every row of the filtered board in board order, a chunk at a time (the export streams them): the
 * order is taken once as a list of ids, then each chunk is read by its ids, so memory holds one chunk
 * and no query sorts the whole board twice.
 */
export async function* boardExportRows(
  where: SQL | undefined,
  source: typeof itemHealth = itemHealth,
): AsyncGenerator<BoardRow[]> {
  const order = await db
    .select({ id: itemHealth.workItemId })
    .from(source)
    .innerJoin(workItems, eq(workItems.id, itemHealth.workItemId))
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .where(where)
    .orderBy(...URGENT_FIRST);
  for (let i = 0; i < order.length; i += EXPORT_CHUNK) {
    const ids = order.slice(i, i + EXPORT_CHUNK).map((r) => r.id);
    yield boardRows(sql`${itemHealth.workItemId} = any(${sql.param(ids)}::int[])`, ids.length, 0, "urgency", source);
  }
}
