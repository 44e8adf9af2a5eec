import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { assignments, plans, sections, workItems, type WorkItem } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { now, today } from "@/lib/clock";
import { conflict, fieldError, forbidden, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { recordAudit } from "./audit";
import { itemResource, loadItem, updateItemVersioned } from "./item-access";
import { liaisonsOf, notifyUsers } from "./notifications";
import { routes } from "@/lib/routes";
import { writeTransaction } from "./health-store";

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

/**
 * 交办: sends items (named with the version the form loaded, or a whole section) to their units.
 * Sub-items go with their parent. Only published plans; an item without units is refused by name.
 * One audit record per item; the units' liaisons are notified.
 */
export async function dispatchWorkItems(params: DispatchParams): Promise<{ dispatched: number[] }> {
  const { actor } = params;
  authorize(actor, "item.dispatch");
  const chosenDue = checkDeadline(params.dueOn, params.confirmPastDue);
  return writeTransaction(async (tx) => {
    const explicit = params.items ?? [];
    let roots: { id: number; version: number | null }[] = explicit.map((i) => ({ id: i.id, version: i.version }));
    if (params.sectionId != null) {
      const rows = await tx
        .select({ id: workItems.id })
        .from(workItems)
        .where(
          and(eq(workItems.sectionId, params.sectionId), isNull(workItems.parentId), eq(workItems.status, "draft")),
        )
        .orderBy(asc(workItems.position));
      roots = [...roots, ...rows.map((r) => ({ id: r.id, version: null }))];
    }
    if (roots.length === 0) throw invalidState(msg("planErrors.dispatch.sectionAllDispatched"));
    const rootIds = new Set(roots.map((r) => r.id));
    const children = await descendantsOf(tx, [...rootIds]);
    const targets = [...roots, ...children.map((id) => ({ id, version: null as number | null }))];
    const seen = new Set<number>();
    const dispatched: number[] = [];
    const planChecked = new Set<number>();
    // Due dates as they stand after this dispatch, so each sub-item can be held to its parent's.
    const dueById = new Map<number, string | null>();
    for (const target of targets) {
      if (seen.has(target.id)) continue;
      seen.add(target.id);
      const loaded = await loadItem(tx, target.id);
      const { item } = loaded;
      const isExplicit = target.version != null;
      const isRoot = rootIds.has(target.id);
      dueById.set(item.id, item.dueOn);
      if (!planChecked.has(item.planId)) {
        const [plan] = await tx.select({ status: plans.status }).from(plans).where(eq(plans.id, item.planId));
        if (plan?.status !== "published") throw invalidState(msg("planErrors.dispatch.planNotPublished"));
        planChecked.add(item.planId);
      }
      if (isExplicit && item.version !== target.version) throw conflict();
      if (item.status !== "draft") {
        if (isExplicit)
          throw invalidState(msg("planErrors.dispatch.alreadyDispatched", { code: item.code, title: item.title }));
        continue;
      }
      if (loaded.assignments.length === 0) {
        if (isExplicit || item.parentId == null) {
          throw invalidState(msg("planErrors.dispatch.noUnits", { code: item.code, title: item.title }));
        }
        continue;
      }
      // The chosen date applies to the items the user picked; sub-items keep the dates set when the item
      // was decomposed (the parent's when they have none, and never later than the parent's).
      const parentDue = item.parentId != null ? (dueById.get(item.parentId) ?? null) : null;
      const dueOn = isRoot
        ? chosenDue
        : item.dueOn && (!parentDue || item.dueOn <= parentDue)
          ? item.dueOn
          : (parentDue ?? item.dueOn);
      dueById.set(item.id, dueOn);
      const after = await updateItemVersioned(tx, item, {
        status: "dispatched",
        dueOn,
        originalDueOn: item.originalDueOn ?? dueOn,
        reportingCycle: params.reportingCycle,
        reportDueDay: params.reportDueDay,
        dispatchedAt: now(),
        dispatchedBy: actor.id,
      });
      await recordAudit(tx, {
        actor,
        action: "item.dispatch",
        entityType: "work_item",
        entityId: item.id,
        planId: item.planId,
        workItemId: item.id,
        before: dispatchFields(item),
        after: { ...dispatchFields(after), departments: loaded.assignments.map((a) => a.departmentId) },
      });
      const liaisons = await liaisonsOf(
        tx,
        loaded.assignments.map((a) => a.departmentId),
      );
      await notifyUsers(tx, liaisons, {
        kind: "item.dispatched",
        params: { code: item.code, item: item.title, due: dueOn ?? "none" },
        link: routes.item(item.id),
      });
      dispatched.push(item.id);
    }
    if (dispatched.length === 0) throw invalidState(msg("planErrors.dispatch.nothingWithUnits"));
    return { dispatched };
  });
}

/** 签收: the liaison confirms receipt for their own department; a second time is refused. */
export async function acknowledgeWorkItem({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  return writeTransaction(async (tx) => {
    const loaded = await loadItem(tx, workItemId);
    authorize(actor, "item.acknowledge", itemResource(loaded));
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
    await recordAudit(tx, {
      actor,
      action: "item.acknowledge",
      entityType: "assignment",
      entityId: own.id,
      planId: loaded.item.planId,
      workItemId,
      departmentId: own.departmentId,
      before: { acknowledgedAt: null },
      after: { acknowledgedAt: at, acknowledgedBy: actor.id, role: own.role },
    });
    return { acknowledgedAt: at };
  });
}

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
