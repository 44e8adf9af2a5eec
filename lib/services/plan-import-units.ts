import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createDepartmentResolver } from "@/lib/plan-import";
import type { EditableItem, EditablePlanDraft } from "@/lib/validations/plans";
import { loadDirectory } from "./plan-import";

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
        fieldErrors[`${path}.units.${index}.name`] = [
          `单位目录中没有“${unit.name}”,请改为目录中的单位,或确认它对应哪个单位`,
        ];
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
    const names = [...unknown].join("、");
    throw new AppError(
      "validation",
      `还有${unknown.size}个责任单位未对应到单位目录:${names}。请更正或确认后再保存`,
      fieldErrors,
    );
  }
  return { unitsOf: (key) => byKey.get(key) ?? [], hasUnits: (code) => withUnits.has(code) };
}
