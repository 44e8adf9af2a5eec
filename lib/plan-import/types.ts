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

/** Characters [start, end) of `PlanDraft.source` that a field was read from. */
export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * Why the secretariat should look at an item before publishing: it names no unit, names a unit
 * the directory does not know, had a rule from the text applied to it, or is a paragraph that was
 * made an item of its own because it carries its own responsibility block.
 */
export type ItemDoubt = "no_units" | "unknown_unit" | "rule_applied" | "position_guessed";

/**
 * A rule the document states for its own unit lists: 列第一位的为牵头单位 (first listed leads),
 * 无牵头单位的,责任单位即为牵头单位 (every listed unit leads), 以下均需X负责,不再列出 (X is
 * responsible for every following item).
 */
export interface PlanRule {
  kind: "first_listed_leads" | "responsible_are_leads" | "implicit_unit";
  text: string;
  /** For implicit_unit: the unit as written. */
  unit?: string;
  span: SourceSpan | null;
}

/** A person named with the item, e.g. 分管副市长:王某某 — never a unit. */
export interface PersonRole {
  role: string;
  name: string;
  span: SourceSpan | null;
}

/** A dated step inside one task, e.g. 二季度:挂牌运营. */
export interface Milestone {
  dueOn: string;
  text: string;
  span: SourceSpan | null;
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
  span: SourceSpan | null;
}

/** One responsible unit as the app should store it, with where it came from. */
export interface UnitAssignment {
  name: string;
  role: UnitRole;
  /** The text the name came from, e.g. 各区县市人民政府 for an expanded member. */
  originText: string;
  resolved: boolean;
  isGroup: boolean;
  span: SourceSpan | null;
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
  /** Where the due date was read; null when it is the plan period's end or there is none. */
  dueSpan: SourceSpan | null;
  ongoing: boolean;
  indicators: Indicator[];
  persons: PersonRole[];
  milestones: Milestone[];
  doubts: ItemDoubt[];
  /** The item's own text in the source (its children have their own). */
  span: SourceSpan | null;
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
  /** Rules the document states for its unit lists, as applied to the items. */
  rules: PlanRule[];
  /** The text every span points into: the document's lines after clean-up, joined by "\n". */
  source: string;
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
