import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { assignments, departments } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";
import { itemResource, loadItem, updateItemVersioned } from "./item-access";
import { assignmentRows, chooseUnits } from "./unit-choice";

export interface AssignUnitsParams {
  actor: Actor;
  workItemId: number;
  /** The item's version the form was opened with. */
  version: number;
  leadDepartmentId: number;
  supportDepartmentIds: number[];
}

/**
 * 指定责任单位: the secretariat names (or corrects) the lead and supporting units of an item that has
 * not been dispatched — in a published plan the goal (总体目标) and measure (保障措施) items arrive
 * without any, and cannot be dispatched until they have them. Audited with the units before and after.
 */
export async function assignUnits(params: AssignUnitsParams) {
  const { actor } = params;
  return db.transaction(async (tx) => {
    const loaded = await loadItem(tx, params.workItemId);
    authorize(actor, "item.assign", itemResource(loaded));
    const { item } = loaded;
    if (loaded.planStatus !== "published") throw invalidState(msg("planErrors.assign.planNotPublished"));
    if (item.status !== "draft") throw invalidState(msg("planErrors.assign.alreadyDispatched"));
    const units = await chooseUnits(tx, params.leadDepartmentId, params.supportDepartmentIds);
    const after = await updateItemVersioned(tx, { id: item.id, version: params.version }, { unitsText: units.text });
    const before = await tx
      .select({ name: departments.name })
      .from(assignments)
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(eq(assignments.workItemId, item.id))
      .orderBy(asc(assignments.position));
    await tx.delete(assignments).where(eq(assignments.workItemId, item.id));
    await tx.insert(assignments).values(assignmentRows(item.id, units));
    await recordAudit(tx, {
      actor,
      action: "item.assignUnits",
      entityType: "work_item",
      entityId: item.id,
      planId: item.planId,
      workItemId: item.id,
      before: { units: before.map((b) => b.name) },
      after: { units: units.names },
    });
    return { id: after.id, version: after.version, unitsText: units.text };
  });
}
