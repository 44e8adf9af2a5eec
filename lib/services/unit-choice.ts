import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { authorize, type Actor } from "@/lib/authz";
import { departments } from "@/db/schema";
import { invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { joinUnitNames } from "@/lib/plan-import/written-forms";

export interface UnitChoice {
  /** Lead first, then the supporting units in the order chosen, without repeats. */
  ids: number[];
  names: string[];
  /** The units as the item's 责任单位 line shows them: "A、B、C". */
  text: string;
}

/**
 * A lead unit and supporting units as picked on a form, checked against the active departments:
 * the lead is never also a supporting unit, a repeat counts once, and a unit that does not exist
 * or was deactivated in the meantime is refused.
 */
export async function chooseUnits(q: Queryable, leadId: number, supportIds: readonly number[]): Promise<UnitChoice> {
  const ids = [leadId, ...new Set(supportIds.filter((id) => id !== leadId))];
  const known = await q
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(inArray(departments.id, ids), eq(departments.isActive, true)));
  if (known.length !== ids.length) throw invalidState(msg("planErrors.assign.unitsUnavailable"));
  const byId = new Map(known.map((d) => [d.id, d.name]));
  const names = ids.map((id) => byId.get(id)!);
  return { ids, names, text: joinUnitNames(names) };
}

/** The item's assignment rows for a choice: the first unit leads (牵头), the rest support (配合). */
export function assignmentRows(workItemId: number, choice: UnitChoice) {
  return choice.ids.map((departmentId, position) => ({
    workItemId,
    departmentId,
    role: position === 0 ? ("lead" as const) : ("support" as const),
    position,
  }));
}

/** Active departments as options for the unit pickers of the sub-item and assign-units forms. */
export async function listUnitOptions({ actor, purpose }: { actor: Actor; purpose: "item.decompose" | "item.assign" }) {
  authorize(actor, purpose);
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.isActive, true))
    .orderBy(asc(departments.kind), asc(departments.id));
}
