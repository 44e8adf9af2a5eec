/** Shapes shared by the plan importer. Dates are ISO "YYYY-MM-DD" strings (calendar dates, no time zone). */

export type ItemKind = "goal" | "task" | "project" | "measure";
export type Comparator = ">=" | "<=" | ">" | "<" | "=" | "~";
export type UnitRole = "lead" | "support" | "joint";
export type DepartmentKind = "municipal" | "district" | "agency" | "other";

export interface Department {
  name: string;
  shortName: string;
  fullName: string;
  kind: DepartmentKind;
  aliases: string[];
}

/** A collective such as 各区县(市)人民政府; `members` are department names. */
export interface DepartmentGroup {
  name: string;
  aliases: string[];
  members: string[];
}

export interface DepartmentDirectory {
  /** Prefixes that mean "this city", e.g. 长沙市 → 市 (so 长沙市发改委 matches 市发改委). */
  cityPrefixes?: string[];
  departments: Department[];
  groups: DepartmentGroup[];
}

export interface PlanWarning {
  code: string;
  message: string;
  itemCode?: string;
}

export interface Indicator {
  name: string;
  comparator: Comparator;
  value: number;
  unit: string;
  approximate: boolean;
  dueOn: string | null;
  text: string;
}

/** One responsible unit as the app should store it, with where it came from. */
export interface UnitAssignment {
  name: string;
  role: UnitRole;
  /** The text the name came from, e.g. 各区县市人民政府 for an expanded member. */
  originText: string;
  resolved: boolean;
  isGroup: boolean;
}

export interface PlanItem {
  code: string;
  kind: ItemKind;
  title: string;
  text: string;
  lead: string[];
  support: string[];
  units: UnitAssignment[];
  /** True when the units were copied from the parent item because the sub-item lists none. */
  unitsInherited: boolean;
  unitsText: string | null;
  dueOn: string | null;
  ongoing: boolean;
  indicators: Indicator[];
  children: PlanItem[];
}

export interface PlanSection {
  code: string;
  title: string;
  kind: ItemKind;
  intro: string;
  items: PlanItem[];
}

export interface PlanMetadata {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  effectiveFrom: string | null;
  validUntil: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface PlanDraft extends PlanMetadata {
  sections: PlanSection[];
  warnings: PlanWarning[];
}

/** A table as read from a document: rows of cell texts, merged cells already filled in. */
export interface TableRows {
  rows: string[][];
}

/** What a reader produces: the document's text, plus its tables when the format has them. */
export interface PlanSource {
  text: string;
  tables: TableRows[];
}

export interface ParseOptions {
  directory: DepartmentDirectory;
}
