import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { assignments, indicators, workItems, type WorkItem } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { deleteItemVersioned, loadItem, touchItem, updateItemVersioned } from "./item-access";
import { itemCommand, type ItemContext, type Located } from "./item-command";
import { assignmentRows, chooseUnits } from "./unit-choice";

export interface SubItemParams {
  actor: Actor;
  parentId: number;
  parentVersion: number;
  title: string;
  text: string;
  dueOn: string | null;
  leadDepartmentId: number;
  supportDepartmentIds: number[];
  indicators: { name: string; comparator: ">=" | "<=" | ">" | "<" | "=" | "~"; targetValue: number; unit: string }[];
}

/** Gives the children of `parentId` positions 0… and codes "1." "2." … in their current order. */
async function renumber(tx: Tx, parentId: number): Promise<void> {
  const children = await tx
    .select({ id: workItems.id, code: workItems.code, position: workItems.position })
    .from(workItems)
    .where(eq(workItems.parentId, parentId))
    .orderBy(asc(workItems.position), asc(workItems.id));
  for (const [index, child] of children.entries()) {
    const code = `${index + 1}.`;
    if (child.code !== code || child.position !== index) {
      await touchItem(tx, child.id, { code, position: index });
    }
  }
}

/** Bumps the parent's version so two people decomposing the same item cannot overwrite each other. */
async function touchParent(tx: Tx, parent: WorkItem, expectedVersion?: number): Promise<number> {
  const row = await updateItemVersioned(tx, { id: parent.id, version: expectedVersion ?? parent.version }, {});
  return row.version;
}

/** 分解: adds a sub-item (own text, units, due date, indicators) at the end of the item's breakdown. */
export const addSubItem = itemCommand<SubItemParams, null, { id: number; code: string; parentVersion: number }>({
  permission: "item.decompose",
  locate: (_tx, params) => ({ workItemId: params.parentId, target: null }),
  versions: ({ input, item }) => [input.parentVersion, item.version],
  async change({ tx, input: params, item: parent }) {
    if (parent.status === "completed") throw invalidState(msg("planErrors.decompose.parentCompleted"));
    const parentVersion = await touchParent(tx, parent, params.parentVersion);
    const units = await chooseUnits(tx, params.leadDepartmentId, params.supportDepartmentIds);
    const siblings = await tx.select({ id: workItems.id }).from(workItems).where(eq(workItems.parentId, parent.id));
    const dueOn = params.dueOn ?? parent.dueOn;
    const [child] = await tx
      .insert(workItems)
      .values({
        planId: parent.planId,
        sectionId: parent.sectionId,
        parentId: parent.id,
        kind: "subtask",
        code: `${siblings.length + 1}.`,
        title: params.title,
        text: params.text,
        position: siblings.length,
        dueOn,
        originalDueOn: dueOn,
        reportingCycle: parent.reportingCycle,
        reportDueDay: parent.reportDueDay,
        unitsText: units.text,
      })
      .returning();
    await tx.insert(assignments).values(assignmentRows(child!.id, units));
    if (params.indicators.length) {
      await tx
        .insert(indicators)
        .values(params.indicators.map((ind, position) => ({ ...ind, workItemId: child!.id, position })));
    }
    return {
      result: { id: child!.id, code: child!.code, parentVersion },
      audit: [
        {
          action: "item.decompose.add",
          entityType: "work_item",
          entityId: child!.id,
          before: null,
          after: { code: child!.code, title: child!.title, dueOn, units: units.names, indicators: params.indicators },
        },
      ],
    };
  },
  revalidate: (_result, params) => [routes.item(params.parentId)],
});

interface SubItemInput {
  actor: Actor;
  id: number;
  version: number;
}

/** A sub-item's command runs on its parent (whose units decide who may decompose it), at the sub-item's version. */
const onSubItem = {
  permission: "item.decompose",
  async locate(tx: Tx, input: SubItemInput): Promise<Located<WorkItem>> {
    const { item } = await loadItem(tx, input.id);
    if (item.parentId == null) throw notFound(msg("planErrors.decompose.subItemNotFound"));
    return { workItemId: item.parentId, target: item };
  },
  versions: ({ input, target }: ItemContext<SubItemInput, WorkItem>) => [input.version, target.version] as const,
  revalidate: (result: { parentId: number }) => [routes.item(result.parentId)],
} as const;

/** Removes a sub-item that has not been dispatched; the others are renumbered. */
export const deleteSubItem = itemCommand<SubItemInput, WorkItem, { parentId: number }>({
  ...onSubItem,
  async change({ tx, input: { version }, item: parent, target: child }) {
    if (child.status !== "draft") throw invalidState(msg("planErrors.decompose.subItemDispatched"));
    await deleteItemVersioned(tx, { id: child.id, version }, eq(workItems.status, "draft"));
    await renumber(tx, parent.id);
    await touchParent(tx, parent);
    return {
      result: { parentId: parent.id },
      audit: [
        {
          action: "item.decompose.delete",
          entityType: "work_item",
          entityId: child.id,
          before: { code: child.code, title: child.title, dueOn: child.dueOn },
          after: null,
        },
      ],
    };
  },
});

/** Moves a sub-item one place up or down; codes follow the new order. */
export const moveSubItem = itemCommand<SubItemInput & { direction: "up" | "down" }, WorkItem, { parentId: number }>({
  ...onSubItem,
  async change({ tx, input: { version, direction }, item: parent, target: child }) {
    // Claim the moved item at the version the form loaded; someone else's change in between is a conflict.
    await updateItemVersioned(tx, { id: child.id, version }, {});
    await renumber(tx, parent.id);
    const siblings = await tx
      .select({ id: workItems.id })
      .from(workItems)
      .where(eq(workItems.parentId, parent.id))
      .orderBy(asc(workItems.position));
    const index = siblings.findIndex((s) => s.id === child.id);
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.length)
      throw invalidState(
        msg(direction === "up" ? "planErrors.decompose.alreadyFirst" : "planErrors.decompose.alreadyLast"),
      );
    const other = siblings[target]!;
    await tx.update(workItems).set({ position: target }).where(eq(workItems.id, child.id));
    await touchItem(tx, other.id, { position: index });
    await renumber(tx, parent.id);
    await touchParent(tx, parent);
    return {
      result: { parentId: parent.id },
      audit: [
        {
          action: "item.decompose.move",
          entityType: "work_item",
          entityId: child.id,
          before: { code: child.code },
          after: { code: `${target + 1}.` },
        },
      ],
    };
  },
});

/** The item's sub-items in order, with the versions their controls post. */
export async function listSubItems({ actor, parentId }: { actor: Actor; parentId: number }) {
  authorize(actor, "plan.read");
  return db
    .select({
      id: workItems.id,
      code: workItems.code,
      title: workItems.title,
      dueOn: workItems.dueOn,
      status: workItems.status,
      version: workItems.version,
      unitsText: workItems.unitsText,
    })
    .from(workItems)
    .where(eq(workItems.parentId, parentId))
    .orderBy(asc(workItems.position));
}
