import "server-only";
import { and, asc, count, eq, exists, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments, itemHealth, plans, sections, workItems } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import type { BoardFilters } from "@/lib/validations/board";

/** What the board shows beside its rows: counts per department and the choices its filters offer. */

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
export function unitMatches(departmentId?: number, role?: "lead" | "support"): SQL {
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

/**
 * Items per department and health among the items `where` selects, one aggregate query; an item
 * counts once for each of its units (only the units matching the department and role filters).
 */
export async function countByDepartment(
  where: SQL | undefined,
  filters: Pick<BoardFilters, "departmentId" | "role"> = {},
  source: typeof itemHealth = itemHealth,
): Promise<DepartmentCounts[]> {
  const rows = await db
    .select({
      departmentId: assignments.departmentId,
      departmentName: departments.name,
      health: itemHealth.health,
      n: count(),
    })
    .from(source)
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
        .set(r.departmentId, {
          departmentId: r.departmentId,
          departmentName: r.departmentName,
          red: 0,
          yellow: 0,
          green: 0,
          completed: 0,
          total: 0,
        })
        .get(r.departmentId)!;
    c[r.health] += Number(r.n);
    c.total += Number(r.n);
  }
  return [...byDept.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.departmentId - b.departmentId);
}

/**
 * The choices the filters offer: plans, sections and departments with dispatched items. Sections only
 * of the chosen plan (every plan has its 一、二、三…: a city's 240 would be a list of look-alikes), or
 * the one already chosen.
 */
export async function boardOptions(
  actor: Actor,
  scoped: boolean,
  { planId, sectionId }: { planId?: number; sectionId?: number },
) {
  const visible = scoped ? unitMatches(actor.departmentId ?? -1) : undefined;
  const [planRows, sectionRows, departmentRows] = await Promise.all([
    db
      .select({ id: plans.id, label: plans.title })
      .from(plans)
      .where(
        exists(
          db
            .select({ one: sql`1` })
            .from(itemHealth)
            .where(and(eq(itemHealth.planId, plans.id), visible)),
        ),
      )
      .orderBy(asc(plans.id)),
    db
      .select({ id: sections.id, code: sections.code, title: sections.title })
      .from(sections)
      .where(
        and(
          planId ? eq(sections.planId, planId) : eq(sections.id, sectionId ?? -1),
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
