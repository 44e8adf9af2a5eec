import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { createDepartmentResolver } from "@/lib/plan-import";
import { joinUnitNames } from "@/lib/plan-import/written-forms";
import type { EditableItem, EditablePlanDraft } from "@/lib/validations/plans";
import { loadDirectory } from "./plan-import-directory";

export interface ResolvedUnit {
  departmentId: number;
  role: "lead" | "support";
  originText: string | null;
}

export interface ResolvedItemUnits {
  /** Units of the item at "section.item[.child]" (indexes into the draft). */
  unitsOf(key: string): ResolvedUnit[];
  /** Whether the item with this importer code (e.g. 一(一)) now names any unit. */
  hasUnits(itemCode: string): boolean;
}

/**
 * Maps every unit name in the draft to a department, expanding collectives; a name the directory
 * does not know stops the save with a field message, so no unit is silently dropped.
 */
export async function resolveDraftUnits(tx: Tx, draft: EditablePlanDraft): Promise<ResolvedItemUnits> {
  const resolver = createDepartmentResolver(await loadDirectory(tx));
  const idOf = new Map(
    (
      await tx
        .select({ id: departments.id, name: departments.name })
        .from(departments)
        .where(eq(departments.isActive, true))
    ).map((d) => [d.name, d.id]),
  );
  const byKey = new Map<string, ResolvedUnit[]>();
  const withUnits = new Set<string>();
  const fieldErrors: Record<string, string[]> = {};
  const unknown = new Set<string>();

  const resolveItem = (item: EditableItem, key: string, path: string, code: string) => {
    const out: ResolvedUnit[] = [];
    const add = (name: string, role: ResolvedUnit["role"], originText: string | null) => {
      const departmentId = idOf.get(name);
      if (departmentId === undefined || out.some((u) => u.departmentId === departmentId)) return;
      out.push({ departmentId, role, originText });
    };
    // Leads first so that a unit listed twice keeps its lead role.
    const ordered = [...item.units.filter((u) => u.role === "lead"), ...item.units.filter((u) => u.role !== "lead")];
    for (const unit of ordered) {
      const r = resolver.resolve(unit.name);
      if (r.status === "department") add(r.name, unit.role, unit.originText || null);
      else if (r.status === "group") for (const m of r.members) add(m, unit.role, unit.originText || unit.name);
      else {
        unknown.add(unit.name);
        const index = item.units.indexOf(unit);
        fieldErrors[`${path}.units.${index}.name`] = [msg("planErrors.import.unknownUnit", { name: unit.name })];
      }
    }
    byKey.set(key, out);
    if (out.length) withUnits.add(code);
  };

  draft.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      resolveItem(item, `${s}.${i}`, `draft.sections.${s}.items.${i}`, `${section.code}${item.code}`);
      item.children.forEach((child, c) =>
        resolveItem(
          { ...child, children: [] },
          `${s}.${i}.${c}`,
          `draft.sections.${s}.items.${i}.children.${c}`,
          `${section.code}${item.code}${child.code}`,
        ),
      );
    }),
  );
  if (unknown.size > 0) {
    const names = joinUnitNames([...unknown]);
    throw new AppError(
      "validation",
      msg("planErrors.import.unknownUnits", { count: unknown.size, names }),
      fieldErrors,
    );
  }
  return { unitsOf: (key) => byKey.get(key) ?? [], hasUnits: (code) => withUnits.has(code) };
}
