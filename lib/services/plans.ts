import "server-only";
import { and, asc, count, desc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments, indicators, plans, sections, workItems, type WorkItem } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { updateItemVersioned } from "./item-access";
import { itemCommand } from "./item-command";

export { publishPlan } from "./plan-publish";

/** Every plan, newest first; all signed-in roles may read plans. */
export async function listPlans({ actor }: { actor: Actor }) {
  authorize(actor, "plan.read");
  return db
    .select({
      id: plans.id,
      title: plans.title,
      docNumber: plans.docNumber,
      issuer: plans.issuer,
      status: plans.status,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
    })
    .from(plans)
    .where(can(actor, "plan.edit") ? undefined : ne(plans.status, "draft"))
    .orderBy(desc(plans.createdAt));
}

export interface TreeUnit {
  departmentId: number;
  name: string;
  role: "lead" | "support";
  originText: string | null;
}

/** Drafts are the secretariat's work in progress: other roles see a plan once it is published. */
async function loadPlan(actor: Actor, planId: number) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan || (plan.status === "draft" && !can(actor, "plan.edit"))) throw notFound(msg("planErrors.plan.notFound"));
  return plan;
}

async function unitsByItem(itemIds: number[]): Promise<Map<number, TreeUnit[]>> {
  const map = new Map<number, TreeUnit[]>();
  if (itemIds.length === 0) return map;
  const rows = await db
    .select({
      workItemId: assignments.workItemId,
      departmentId: assignments.departmentId,
      name: departments.name,
      role: assignments.role,
      originText: assignments.originText,
    })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(inArray(assignments.workItemId, itemIds))
    .orderBy(asc(assignments.position));
  for (const { workItemId, ...unit } of rows) {
    const list = map.get(workItemId) ?? [];
    list.push(unit);
    map.set(workItemId, list);
  }
  return map;
}

/** A plan as a tree: section → item → sub-items, each with its units, due date and status. */
/** A plan with at most this many items shows every section's items at once; a longer one opens a section at a time. */
export const PLAN_TREE_INLINE_ITEMS = 200;

/**
 * The plan as a tree: sections with their item counts, and the items (with sub-items, units and
 * indicator counts) of every section when the plan is short, else of the one section asked for —
 * a city's long plans are read a section at a time, and the page stays small.
 */
export async function getPlanTree({ actor, planId, sectionId }: { actor: Actor; planId: number; sectionId?: number }) {
  authorize(actor, "plan.read");
  const plan = await loadPlan(actor, planId);
  const [sectionRows, counts] = await Promise.all([
    db.select().from(sections).where(eq(sections.planId, planId)).orderBy(asc(sections.position)),
    db
      .select({ sectionId: workItems.sectionId, n: count() })
      .from(workItems)
      .where(eq(workItems.planId, planId))
      .groupBy(workItems.sectionId),
  ]);
  const countOf = new Map(counts.map((c) => [c.sectionId, Number(c.n)]));
  const total = counts.reduce((sum, c) => sum + Number(c.n), 0);
  const inline = total <= PLAN_TREE_INLINE_ITEMS;
  const open = inline ? null : (sectionRows.find((s) => s.id === sectionId)?.id ?? null);
  const items =
    inline || open != null
      ? await db
          .select()
          .from(workItems)
          .where(and(eq(workItems.planId, planId), open != null ? eq(workItems.sectionId, open) : undefined))
          .orderBy(asc(workItems.position))
      : [];
  const units = await unitsByItem(items.map((i) => i.id));
  const indicatorCounts = new Map(
    items.length
      ? (
          await db
            .select({ workItemId: indicators.workItemId, n: count() })
            .from(indicators)
            .innerJoin(workItems, eq(workItems.id, indicators.workItemId))
            .where(and(eq(workItems.planId, planId), open != null ? eq(workItems.sectionId, open) : undefined))
            .groupBy(indicators.workItemId)
        ).map((r) => [r.workItemId, r.n])
      : [],
  );
  const node = (item: (typeof items)[number]) => ({
    id: item.id,
    code: item.code,
    kind: item.kind,
    title: item.title,
    dueOn: item.dueOn,
    ongoing: item.ongoing,
    status: item.status,
    version: item.version,
    units: units.get(item.id) ?? [],
    indicatorCount: indicatorCounts.get(item.id) ?? 0,
  });
  return {
    plan,
    sections: sectionRows.map((s) => ({
      id: s.id,
      code: s.code,
      title: s.title,
      itemCount: countOf.get(s.id) ?? 0,
      /** Whether `items` holds the section's items (all sections of a short plan, else the open one). */
      loaded: inline || s.id === open,
      items: items
        .filter((i) => i.sectionId === s.id && i.parentId === null)
        .map((i) => ({ ...node(i), children: items.filter((c) => c.parentId === i.id).map(node) })),
    })),
  };
}
export type PlanTree = Awaited<ReturnType<typeof getPlanTree>>;

/**
 * Items × departments, each cell lead or support. `departmentId` keeps only that department's items,
 * `sectionId` one section's; columns are the departments that appear in the rows kept.
 */
export async function getResponsibilityMatrix({
  actor,
  planId,
  departmentId,
  sectionId,
}: {
  actor: Actor;
  planId: number;
  departmentId?: number | null;
  sectionId?: number | null;
}) {
  authorize(actor, "plan.read");
  const plan = await loadPlan(actor, planId);
  const sectionRows = await db
    .select()
    .from(sections)
    .where(eq(sections.planId, planId))
    .orderBy(asc(sections.position));
  const items = await db
    .select({
      id: workItems.id,
      code: workItems.code,
      title: workItems.title,
      sectionId: workItems.sectionId,
      parentId: workItems.parentId,
    })
    .from(workItems)
    .where(and(eq(workItems.planId, planId), sectionId ? eq(workItems.sectionId, sectionId) : undefined))
    .orderBy(asc(workItems.position));
  const units = await unitsByItem(items.map((i) => i.id));
  const allDepartments = new Map<number, string>();
  for (const list of units.values()) for (const u of list) allDepartments.set(u.departmentId, u.name);
  const rows = items
    .filter((i) => !departmentId || (units.get(i.id) ?? []).some((u) => u.departmentId === departmentId))
    .map((i) => ({
      ...i,
      sectionTitle: sectionRows.find((s) => s.id === i.sectionId)?.title ?? "",
      cells: Object.fromEntries((units.get(i.id) ?? []).map((u) => [u.departmentId, u.role])) as Record<
        number,
        "lead" | "support"
      >,
    }));
  const shown = new Set(rows.flatMap((r) => Object.keys(r.cells).map(Number)));
  const columns = [...allDepartments.entries()]
    .filter(([id]) => shown.has(id))
    .sort(([a], [b]) => a - b)
    .map(([id, name]) => ({ id, name }));
  const departmentOptions = [...allDepartments.entries()].sort(([a], [b]) => a - b).map(([id, name]) => ({ id, name }));
  return {
    plan: { id: plan.id, title: plan.title, status: plan.status },
    sections: sectionRows.map((s) => ({ id: s.id, title: s.title })),
    departmentOptions,
    columns,
    rows,
  };
}

interface EditDraftItem {
  actor: Actor;
  id: number;
  expectedVersion: number;
  title: string;
  dueOn: string | null;
  ongoing: boolean;
}

/** Corrects an item's title and due date while its plan is still a draft. */
export const updateDraftItem = itemCommand<EditDraftItem, null, { id: number; version: number }>({
  permission: "plan.edit",
  missing: msg("planErrors.item.missing"),
  locate: (_tx, input) => ({ workItemId: input.id, target: null }),
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, input, loaded, item }) {
    if (loaded.planStatus !== "draft") throw invalidState(msg("planErrors.item.planPublished"));
    const updated = await updateItemVersioned(
      tx,
      { id: item.id, version: input.expectedVersion },
      { title: input.title, dueOn: input.dueOn, originalDueOn: input.dueOn, ongoing: input.ongoing },
    );
    const pick = (i: WorkItem) => ({ title: i.title, dueOn: i.dueOn, ongoing: i.ongoing, version: i.version });
    return {
      result: { id: updated.id, version: updated.version },
      audit: [
        {
          action: "item.editDraft",
          entityType: "workItem",
          entityId: updated.id,
          before: pick(item),
          after: pick(updated),
        },
      ],
    };
  },
  revalidate: (result) => [routes.item(result.id)],
});
