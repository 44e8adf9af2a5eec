import "server-only";
import { createHash } from "node:crypto";
import { and, eq, max, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { assignments, indicators, plans, sections, workItems, type WorkItem } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { conflict, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { recordAudit } from "./audit";
import { indicatorColumns } from "./indicator-columns";
import { updateItemVersioned } from "./item-access";
import { itemBatchCommand, type ItemAudit, type ItemChange, type ItemContext } from "./item-command";
import { compareInTx, REVISION_PERMISSION, type RevisionChangeView } from "./plan-revision";
import { reviseIndicators, reviseRemoved, reviseUnits } from "./plan-revision-items";
import type { PublishedNode, RevisedNode } from "./plan-revision-sides";

export interface ApplyRevisionInput {
  actor: Actor;
  planId: number;
  /** The revised text the changes were shown for: compared again here, never trusted as a diff. */
  text: string;
  /** The plan's fingerprint when the changes were shown. */
  fingerprint: string;
  /** The ids of the changes the secretariat accepted; the others are rejected. */
  accepted: string[];
}

interface ItemTarget {
  planTitle: string;
  node: PublishedNode;
  changes: { view: RevisionChangeView; revised: RevisedNode | null }[];
}

type Comparison = Awaited<ReturnType<typeof compareInTx>>;

/** The stale-plan refusal: nothing is changed, the secretariat compares again. */
const stale = () => conflict(msg("revisions.errors.stale"));

/** The accepted changes, checked against the comparison made now: any unknown id means the plan moved on. */
function acceptedViews(input: ApplyRevisionInput, compared: Comparison): RevisionChangeView[] {
  if (compared.published.fingerprint !== input.fingerprint) throw stale();
  const byId = new Map(compared.views.map((v) => [v.id, v]));
  const views = input.accepted.map((id) => byId.get(id));
  if (views.some((v) => !v)) throw stale();
  const accepted = views as RevisionChangeView[];
  const blocked = accepted.find((v) => v.blocked);
  if (blocked) throw invalidState(msg(`revisions.errors.${blocked.blocked}`, { code: blocked.change.code }));
  return accepted;
}

/** An added item: 待交办 in its section (made when the revision adds one), dispatched by the usual 交办. */
async function insertAdded(tx: Tx, compared: Comparison, node: RevisedNode, idOf: Map<string, number>) {
  const { plan, sectionRows } = compared.published;
  let section = sectionRows.find((s) => s.title === node.section.title);
  if (!section) {
    [section] = await tx
      .insert(sections)
      .values({ planId: plan.id, code: node.section.code, title: node.section.title, position: sectionRows.length })
      .returning();
    sectionRows.push(section!);
  }
  const partner = node.parentKey ? compared.partnerOf.get(node.parentKey) : undefined;
  const parentId = node.parentKey ? (idOf.get(partner ?? node.parentKey) ?? null) : null;
  if (node.parentKey && parentId == null)
    throw invalidState(msg("revisions.errors.parentRejected", { code: node.code }));
  const [{ last } = { last: 0 }] = await tx
    .select({ last: max(workItems.position) })
    .from(workItems)
    .where(eq(workItems.planId, plan.id));
  const [row] = await tx
    .insert(workItems)
    .values({
      planId: plan.id,
      sectionId: section!.id,
      parentId,
      kind: node.kind,
      code: node.ownCode,
      title: node.title,
      text: node.text,
      position: (last ?? 0) + 1,
      dueOn: node.dueOn,
      originalDueOn: node.dueOn,
      ongoing: node.ongoing,
      unitsText: node.unitsText,
      status: "draft",
    })
    .returning();
  const units = node.resolvedUnits.map((u, position) => ({ ...u, workItemId: row!.id, position }));
  if (units.length) await tx.insert(assignments).values(units);
  const inds = node.indicatorValues.map((ind, position) => ({
    ...indicatorColumns(ind, position),
    workItemId: row!.id,
  }));
  if (inds.length) await tx.insert(indicators).values(inds);
  idOf.set(node.key, row!.id);
  return row!;
}

/**
 * The plan-level part, in the command's transaction before any item: compare again, refuse a plan
 * that changed since the diff was shown, move the plan's version on (a second apply of the same diff
 * conflicts), add the accepted new items, record the revision; then the items to change, in order.
 */
async function revisePlan(tx: Tx, input: ApplyRevisionInput) {
  const compared = await compareInTx(tx, input.planId, input.text);
  const accepted = acceptedViews(input, compared);
  const { plan, nodes } = compared.published;
  const [bumped] = await tx
    .update(plans)
    .set({ version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plans.id, plan.id), eq(plans.version, plan.version)))
    .returning({ id: plans.id });
  if (!bumped) throw stale();
  const actor = input.actor;
  const idOf = new Map([...nodes].map(([key, node]) => [key, node.id]));
  const keyed = new Map(compared.changes.map((c) => [c.id, c]));
  const targets = new Map<string, ItemTarget>();
  const gone = new Set<number>();
  for (const view of accepted) {
    const { publishedKey, revisedKey } = keyed.get(view.id)!;
    const revised = revisedKey ? compared.revised.nodes.get(revisedKey)! : null;
    if (!publishedKey) {
      const row = await insertAdded(tx, compared, revised!, idOf);
      const after = { change: "added", code: view.change.code, title: row.title, dueOn: row.dueOn };
      await recordAudit(tx, {
        actor,
        action: "plan.revise",
        entityType: "work_item",
        entityId: row.id,
        planId: plan.id,
        workItemId: row.id,
        after,
      });
      continue;
    }
    const node = nodes.get(publishedKey)!;
    if (view.change.kind === "removed") node.descendantIds.forEach((id) => gone.add(id));
    const target = targets.get(publishedKey) ?? { planTitle: plan.title, node, changes: [] };
    target.changes.push({ view, revised });
    targets.set(publishedKey, target);
  }
  const rejected = compared.views.filter((v) => !input.accepted.includes(v.id)).map((v) => v.id);
  const textHash = createHash("sha256").update(input.text).digest("hex");
  await recordAudit(tx, {
    actor,
    action: "plan.revise",
    entityType: "plan",
    entityId: plan.id,
    planId: plan.id,
    before: { version: plan.version },
    after: { accepted: input.accepted, rejected, textHash, revisedTitle: compared.revised.title },
  });
  // An item under an accepted removal goes with it (deleted or taken back by its parent's change).
  return [...targets.values()]
    .filter((t) => !gone.has(t.node.id))
    .map((target) => ({ workItemId: target.node.id, target, expectedVersion: null }));
}

/** One published item's accepted changes: written once, audited per change, its units told. */
async function reviseItem(ctx: ItemContext<ApplyRevisionInput, ItemTarget>): Promise<ItemChange<number>> {
  const { tx, item, loaded, target } = ctx;
  const { node } = target;
  const set: Partial<WorkItem> = {};
  const audit: ItemAudit[] = [];
  let removed = false;
  for (const { view, revised } of target.changes) {
    const change = view.change;
    if (change.kind === "removed") {
      audit.push(...(await reviseRemoved(tx, item, node)));
      removed = true;
    } else if (change.kind === "reworded") {
      Object.assign(set, { text: change.after, title: revised!.title });
      audit.push({
        action: "plan.revise",
        entityType: "work_item",
        entityId: item.id,
        before: { change: "reworded", title: item.title, text: item.text },
        after: { change: "reworded", title: revised!.title, text: change.after },
      });
    } else if (change.kind === "deadline") {
      // As 调整完成时限 records it: the first date stays in originalDueOn, the plan's timeline reads the move.
      Object.assign(set, { dueOn: change.after, originalDueOn: item.originalDueOn ?? item.dueOn });
      audit.push({
        action: "item.changeDue",
        entityType: "work_item",
        entityId: item.id,
        before: { dueOn: item.dueOn },
        after: { dueOn: change.after, revision: true },
      });
    } else if (change.kind === "units") {
      audit.push(await reviseUnits(tx, item, loaded.assignments, node, revised!));
    } else {
      audit.push(await reviseIndicators(tx, item, node, revised!));
    }
  }
  // Only a removal stands alone (the item is gone or taken back); every other change moves the version on.
  if (!removed) await updateItemVersioned(tx, item, set);
  const after = target.changes.find((c) => c.view.change.kind === "units")?.revised?.resolvedUnits ?? [];
  const departments = [...new Set([...loaded.assignments, ...after].map((u) => u.departmentId))];
  const told = item.status !== "draft" && departments.length > 0;
  return {
    result: item.id,
    audit,
    notify: told
      ? [
          {
            to: { departments },
            kind: removed ? "planRevisedRemoved" : "planRevised",
            params: { plan: target.planTitle, code: node.code, item: item.title },
            link: removed ? null : routes.item(item.id),
          },
        ]
      : [],
  };
}

/**
 * Applies the accepted changes of a revised text to a published plan in one transaction: re-worded
 * items take the new text, units are added and removed, deadlines move as 调整完成时限 moves them,
 * indicators follow the text, removed items go (or are taken back), added items arrive 待交办.
 * Every change is audited; the units of each changed dispatched item (including removed units) are told.
 */
export const applyPlanRevision = itemBatchCommand<ApplyRevisionInput, ItemTarget, number, { items: number[] }>({
  permission: REVISION_PERMISSION,
  locate: revisePlan,
  change: reviseItem,
  result: (items) => ({ items }),
  revalidate: ({ items }, input) => [routes.plan(input.planId), { layout: routes.plans }, ...items.map(routes.item)],
});
