import "server-only";
import { asc, eq } from "drizzle-orm";
import { assignments, departments } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { updateItemVersioned } from "./item-access";
import { itemCommand, itemOfInput } from "./item-command";
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
export const assignUnits = itemCommand<AssignUnitsParams, null, { id: number; version: number; unitsText: string }>({
  permission: "item.assign",
  locate: itemOfInput,
  versions: ({ input, item }) => [input.version, item.version],
  async change({ tx, input: params, loaded, item }) {
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
    return {
      result: { id: after.id, version: after.version, unitsText: units.text },
      audit: [
        {
          action: "item.assignUnits",
          entityType: "work_item",
          entityId: item.id,
          before: { units: before.map((b) => b.name) },
          after: { units: units.names },
        },
      ],
    };
  },
  revalidate: (result) => [routes.item(result.id), { layout: routes.plans }],
});
