import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, type Queryable, type Tx } from "@/db";
import { assignments, plans, sections, workItems, type WorkItem } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { now, today } from "@/lib/clock";
import { fieldError, forbidden, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { routes } from "@/lib/routes";
import { updateItemVersioned } from "./item-access";
import { itemBatchCommand, itemCommand, itemOfInput } from "./item-command";

const dispatchFields = (i: WorkItem) => ({
  status: i.status,
  dueOn: i.dueOn,
  reportingCycle: i.reportingCycle,
  reportDueDay: i.reportDueDay,
});

export interface DispatchParams {
  actor: Actor;
  items?: { id: number; version: number }[];
  sectionId?: number;
  /** Required: an empty date is refused, never replaced by the plan's end. */
  dueOn: string;
  /** The user confirmed a date before today (the form asks first). */
  confirmPastDue?: boolean;
  reportingCycle: WorkItem["reportingCycle"];
  reportDueDay: number;
}

/** The item ids below the given ones (sub-items of any depth), in tree order. */
async function descendantsOf(q: Queryable, ids: number[]): Promise<number[]> {
  const out: number[] = [];
  let frontier = ids;
  while (frontier.length) {
    const rows = await q
      .select({ id: workItems.id })
      .from(workItems)
      .where(inArray(workItems.parentId, frontier))
      .orderBy(asc(workItems.position));
    frontier = rows.map((r) => r.id);
    out.push(...frontier);
  }
  return out;
}

/**
 * Refuses a missing deadline, and one before today unless the user confirmed it: an item must not
 * be overdue the moment it is sent by mistake.
 */
export function checkDeadline(dueOn: string | null | undefined, confirmPastDue: boolean | undefined): string {
  if (!dueOn) throw fieldError("dueOn", msg("planErrors.dispatch.dueRequired"));
  const current = today();
  if (dueOn < current && !confirmPastDue) {
    // On its own field: the form then shows the confirmation box beside the date.
    throw fieldError("confirmPastDue", msg("planErrors.dispatch.dueInPast", { dueOn, today: current }));
  }
  return dueOn;
}

/** How an item came into the dispatch: picked by the user (explicit, with a version), or taken along. */
interface DispatchTarget {
  explicit: boolean;
  /** Picked or in the chosen section (the chosen date applies), rather than a sub-item below one. */
  root: boolean;
}

/** The items to send, in order: those picked, the section's undispatched ones, then every sub-item below. */
async function dispatchTargets(tx: Tx, params: DispatchParams) {
  const explicit = params.items ?? [];
  let roots: { id: number; version: number | null }[] = explicit.map((i) => ({ id: i.id, version: i.version }));
  if (params.sectionId != null) {
    const rows = await tx
      .select({ id: workItems.id })
      .from(workItems)
      .where(and(eq(workItems.sectionId, params.sectionId), isNull(workItems.parentId), eq(workItems.status, "draft")))
      .orderBy(asc(workItems.position));
    roots = [...roots, ...rows.map((r) => ({ id: r.id, version: null }))];
  }
  if (roots.length === 0) throw invalidState(msg("planErrors.dispatch.sectionAllDispatched"));
  const rootIds = new Set(roots.map((r) => r.id));
  const children = await descendantsOf(tx, [...rootIds]);
  const seen = new Set<number>();
  return [...roots, ...children.map((id) => ({ id, version: null as number | null }))]
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .map((t) => ({
      workItemId: t.id,
      expectedVersion: t.version,
      target: { explicit: t.version != null, root: rootIds.has(t.id) },
    }));
}

/** The due date of the item's parent as this dispatch has left it so far. */
async function parentDueOn(tx: Tx, item: WorkItem): Promise<string | null> {
  if (item.parentId == null) return null;
  const [parent] = await tx.select({ dueOn: workItems.dueOn }).from(workItems).where(eq(workItems.id, item.parentId));
  return parent?.dueOn ?? null;
}

/**
 * 交办: sends items (named with the version the form loaded, or a whole section) to their units.
 * Sub-items go with their parent. Only published plans; an item without units is refused by name.
 * One audit record per item; the units' liaisons are notified.
 */
export const dispatchWorkItems = itemBatchCommand<DispatchParams, DispatchTarget, number, { dispatched: number[] }>({
  permission: "item.dispatch",
  prepare: (params) => ({ ...params, dueOn: checkDeadline(params.dueOn, params.confirmPastDue) }),
  locate: dispatchTargets,
  async change({ tx, actor, input, loaded, item, target }) {
    if (loaded.planStatus !== "published") throw invalidState(msg("planErrors.dispatch.planNotPublished"));
    if (item.status !== "draft") {
      if (target.explicit)
        throw invalidState(msg("planErrors.dispatch.alreadyDispatched", { code: item.code, title: item.title }));
      return null;
    }
    const departments = loaded.assignments.map((a) => a.departmentId);
    if (departments.length === 0) {
      if (target.explicit || item.parentId == null) {
        throw invalidState(msg("planErrors.dispatch.noUnits", { code: item.code, title: item.title }));
      }
      return null;
    }
    // The chosen date applies to the items the user picked; sub-items keep the dates set when the item
    // was decomposed (the parent's when they have none, and never later than the parent's).
    const parentDue = target.root ? null : await parentDueOn(tx, item);
    const dueOn = target.root
      ? input.dueOn
      : item.dueOn && (!parentDue || item.dueOn <= parentDue)
        ? item.dueOn
        : (parentDue ?? item.dueOn);
    const after = await updateItemVersioned(tx, item, {
      status: "dispatched",
      dueOn,
      originalDueOn: item.originalDueOn ?? dueOn,
      reportingCycle: input.reportingCycle,
      reportDueDay: input.reportDueDay,
      dispatchedAt: now(),
      dispatchedBy: actor.id,
    });
    return {
      result: item.id,
      audit: [
        {
          action: "item.dispatch",
          entityType: "work_item",
          entityId: item.id,
          before: dispatchFields(item),
          after: { ...dispatchFields(after), departments },
        },
      ],
      notify: [
        {
          to: { departments },
          kind: "item.dispatched",
          params: { code: item.code, item: item.title, due: dueOn ?? "none" },
          link: routes.item(item.id),
        },
      ],
    };
  },
  result(dispatched) {
    if (dispatched.length === 0) throw invalidState(msg("planErrors.dispatch.nothingWithUnits"));
    return { dispatched };
  },
  revalidate: ({ dispatched }) => [...dispatched.map(routes.item), { layout: routes.plans }],
});

/** 签收: the liaison confirms receipt for their own department; a second time is refused. */
export const acknowledgeWorkItem = itemCommand<{ actor: Actor; workItemId: number }, null, { acknowledgedAt: Date }>({
  permission: "item.acknowledge",
  locate: itemOfInput,
  async change({ tx, actor, loaded }) {
    if (loaded.item.status === "draft") throw forbidden(msg("planErrors.dispatch.notDispatchedYet"));
    const own = loaded.assignments.find((a) => a.departmentId === actor.departmentId);
    if (!own) throw forbidden();
    if (own.acknowledgedAt) throw invalidState(msg("planErrors.dispatch.alreadyAcknowledged"));
    const at = now();
    const [row] = await tx
      .update(assignments)
      .set({ acknowledgedAt: at, acknowledgedBy: actor.id })
      .where(and(eq(assignments.id, own.id), isNull(assignments.acknowledgedAt)))
      .returning({ id: assignments.id });
    if (!row) throw invalidState(msg("planErrors.dispatch.alreadyAcknowledged"));
    return {
      result: { acknowledgedAt: at },
      audit: [
        {
          action: "item.acknowledge",
          entityType: "assignment",
          entityId: own.id,
          departmentId: own.departmentId,
          before: { acknowledgedAt: null },
          after: { acknowledgedAt: at, acknowledgedBy: actor.id, role: own.role },
        },
      ],
    };
  },
  revalidate: (_result, input) => [routes.item(input.workItemId), routes.inbox],
});

/** Rows per page of the 待交办 list. */
export const UNDISPATCHED_PAGE_SIZE = 50;

/**
 * 待交办: undispatched top-level items of published plans, by plan and section, with their unit count —
 * one page of UNDISPATCHED_PAGE_SIZE items and how many there are in all.
 */
export async function listUndispatched({ actor, page = 1 }: { actor: Actor; page?: number }) {
  authorize(actor, "item.dispatch");
  const where = and(eq(plans.status, "published"), eq(workItems.status, "draft"), isNull(workItems.parentId));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: workItems.id,
        version: workItems.version,
        code: workItems.code,
        title: workItems.title,
        dueOn: workItems.dueOn,
        planId: plans.id,
        planTitle: plans.title,
        sectionId: sections.id,
        sectionTitle: sections.title,
        sectionCode: sections.code,
        units:
          sql<number>`(select count(*) from ${assignments} where ${assignments.workItemId} = ${workItems.id})`.mapWith(
            Number,
          ),
      })
      .from(workItems)
      .innerJoin(plans, eq(plans.id, workItems.planId))
      .innerJoin(sections, eq(sections.id, workItems.sectionId))
      .where(where)
      .orderBy(asc(plans.id), asc(sections.position), asc(workItems.position), asc(workItems.id))
      .limit(UNDISPATCHED_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * UNDISPATCHED_PAGE_SIZE),
    db.select({ n: count() }).from(workItems).innerJoin(plans, eq(plans.id, workItems.planId)).where(where),
  ]);
  const groups: { sectionId: number; planTitle: string; sectionTitle: string; items: typeof rows }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.sectionId === row.sectionId) last.items.push(row);
    else
      groups.push({
        sectionId: row.sectionId,
        planTitle: row.planTitle,
        sectionTitle: sectionHeading(row.sectionCode, row.sectionTitle),
        items: [row],
      });
  }
  return { groups, total: total?.n ?? 0, pageSize: UNDISPATCHED_PAGE_SIZE };
}
