import type { UnitRules } from "./assign-units";
import type { DepartmentResolver } from "./department-resolver";
import type { PlanRule, PlanWarning } from "./types";

/** What building items from the outline carries along: the resolver, the source, the rules found so far. */
export interface BuildContext {
  resolver: DepartmentResolver;
  warnings: PlanWarning[];
  planYear: number | null;
  periodEnd: string | null;
  /** The text spans point into, and the offset of each of its lines. */
  source: string;
  lineOffsets: number[];
  /** Rules the document has stated so far (recorded on the plan) and their effect on the next items. */
  rules: PlanRule[];
  unitRules: UnitRules;
}
