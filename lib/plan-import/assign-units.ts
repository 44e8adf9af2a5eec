import type { DepartmentResolver } from "./department-resolver";
import type { UnitBlock } from "./unit-blocks";
import type { NamedPerson } from "./person-roles";
import { parseUnitBlock, type NamedRole } from "./unit-roles";
import type { PlanWarning, UnitAssignment } from "./types";

/** Responsibility blocks → assignments against the directory, with a warning for every doubt. */

export interface AssignedUnits {
  units: UnitAssignment[];
  lead: string[];
  support: string[];
  unitsText: string | null;
  persons: NamedPerson[];
  /** A rule stated in the document changed who is responsible for this item. */
  ruleApplied: boolean;
}

/** The document's rules in force for an item (see text-rules). */
export interface UnitRules {
  responsibleAreLeads: boolean;
  /** Units that 以下均需…负责,不再列出 makes responsible for every following item. */
  implicitUnits: string[];
}

export const NO_RULES: UnitRules = { responsibleAreLeads: false, implicitUnits: [] };

function warn(warnings: PlanWarning[], itemCode: string, code: string, message: string) {
  warnings.push({ code, message, itemCode });
}

function toAssignments(named: NamedRole, resolver: DepartmentResolver, itemCode: string, warnings: PlanWarning[]) {
  const r = resolver.resolve(named.name);
  // Built as literals, not spreads: a 2,000-item plan makes tens of thousands of these.
  const make = (name: string, resolved: boolean, isGroup: boolean): UnitAssignment => ({
    name,
    role: named.role,
    originText: named.name,
    resolved,
    isGroup,
    span: null,
  });
  if (r.status === "department") return [make(r.name, true, false)];
  if (r.status === "group") return r.members.map((m) => make(m, true, false));
  if (r.groupLike) {
    warn(warnings, itemCode, "unknown_group", `“${r.name}”是集合性单位,单位目录中没有其成员,请指定具体单位`);
    return [make(r.name, false, true)];
  }
  warn(warnings, itemCode, "unknown_unit", `单位“${r.name}”不在单位目录中,请确认对应的单位`);
  return [make(r.name, false, false)];
}

/** A cut-off block's last name is likely partial; keep it only if the directory knows it. */
function dropPartialTail(named: NamedRole[], resolver: DepartmentResolver, itemCode: string, warnings: PlanWarning[]) {
  const last = named[named.length - 1];
  warn(warnings, itemCode, "truncated_units", "责任单位文字不完整(缺少右括号),请核对单位名单");
  if (last && resolver.resolve(last.name).status === "unknown") {
    warn(warnings, itemCode, "truncated_units", `已忽略不完整的单位名称“${last.name}”`);
    return named.slice(0, -1);
  }
  return named;
}

export function assignUnits(
  blocks: UnitBlock[],
  resolver: DepartmentResolver,
  itemCode: string,
  warnings: PlanWarning[],
  rules: UnitRules = NO_RULES,
): AssignedUnits {
  const units: UnitAssignment[] = [];
  const persons: NamedPerson[] = [];
  let ruleApplied = false;
  for (const block of blocks) {
    const reading = parseUnitBlock(block.content, { responsibleAreLeads: rules.responsibleAreLeads });
    if (rules.responsibleAreLeads) {
      const plain = parseUnitBlock(block.content).units;
      ruleApplied ||= plain.some((u, i) => u.role !== reading.units[i]?.role);
    }
    let named = reading.units;
    persons.push(...reading.persons);
    if (block.truncated) named = dropPartialTail(named, resolver, itemCode, warnings);
    for (const n of named) units.push(...toAssignments(n, resolver, itemCode, warnings));
  }
  if (rules.implicitUnits.length > 0) {
    // 以下均需各区人民政府负责: alongside the units the item names, or alone when it names none.
    const role = units.length > 0 ? "support" : "lead";
    for (const name of rules.implicitUnits) units.push(...toAssignments({ name, role }, resolver, itemCode, warnings));
    ruleApplied = true;
  }
  if (units.some((u) => u.role === "joint"))
    warn(warnings, itemCode, "joint_responsibility", "多个单位按职责分工负责,未明确牵头单位,请推进机制办公室指定");
  if (blocks.length > 1)
    warn(warnings, itemCode, "multiple_unit_blocks", "该事项有多处责任单位,已合并,请核对是否需要分解");
  const deduped = dedupe(units);
  return {
    units: deduped,
    lead: deduped.filter((u) => u.role === "lead").map((u) => u.name),
    support: deduped.filter((u) => u.role !== "lead").map((u) => u.name),
    unitsText: blocks.length > 0 ? blocks.map((b) => b.content).join(";") : null,
    persons,
    ruleApplied,
  };
}

/** One assignment per unit; a unit named as lead anywhere stays lead. */
function dedupe(units: UnitAssignment[]): UnitAssignment[] {
  const byName = new Map<string, UnitAssignment>();
  for (const u of units) {
    const seen = byName.get(u.name);
    if (!seen) byName.set(u.name, u);
    else if (u.role === "lead" && seen.role !== "lead") byName.set(u.name, { ...seen, role: "lead" });
  }
  return [...byName.values()];
}
