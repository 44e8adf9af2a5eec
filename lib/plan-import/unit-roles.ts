import { splitOutsideBrackets } from "./brackets";
import { UNIT_LABEL, separateLabels } from "./labels";
import { readPersonClause, type NamedPerson } from "./person-roles";
import { splitUnitNames } from "./unit-names";
import type { UnitRole } from "./types";

/**
 * Reads who leads and who supports from a responsibility block's content, in the forms plans use:
 * `责任单位:A、B` (first leads), `牵头单位:X;配合单位:Y`, `X牵头,Y配合`, `X、Y分别牵头`,
 * `A、B按职责分工负责` (joint, no lead).
 */

export interface NamedRole {
  name: string;
  role: UnitRole;
}

type ClauseRole = UnitRole | "listed";

interface Clause {
  names: string[];
  role: ClauseRole;
}

const LABEL = new RegExp(`^(${UNIT_LABEL})\\s*:\\s*([\\s\\S]*)$`);
const ROLE_SUFFIX =
  /^([\s\S]*?)(分别牵头|共同牵头|牵头负责|牵头|按职责分工负责|按职责分工落实|按职责负责|按职责分工|分工负责|共同负责|配合|参与|协助|协办|负责落实|负责|落实)$/;
// Rule sentences explain the list ("列第一位为牵头单位", "下同") and name no unit.
// A deadline inside the block (完成时限:2024年底) is read by the deadline parser, not as a unit.
const DUE_CLAUSE = /^(?:完成时限|完成时间|时间节点|时限|完成期限)/;
const RULE_SENTENCE = /第一|首位|排名|排序|列前|下同|以下同|均为|为牵头单位$|为主责单位$/;

function labelRole(label: string): ClauseRole {
  if (/牵头|主责|主办|主要责任/.test(label)) return "lead";
  if (/责任|承办/.test(label)) return "listed";
  return "support";
}

function suffixRole(word: string): ClauseRole {
  if (word.includes("牵头")) return "lead";
  if (/按职责|分工|共同负责/.test(word)) return "joint";
  if (/配合|参与|协助|协办/.test(word)) return "support";
  return "listed";
}

function readClauses(content: string, persons: NamedPerson[]): Clause[] {
  const clauses: Clause[] = [];
  let carried: ClauseRole | null = null;
  for (const raw of splitOutsideBrackets(separateLabels(content.replace(/[。.]+$/, "")), ",;\n")) {
    const people = readPersonClause(raw);
    if (people) {
      persons.push(...people);
      continue;
    }
    const label = LABEL.exec(raw);
    if (label) {
      carried = labelRole(label[1]);
      // 责任单位:A、B按职责分工负责 — the role word inside a labelled list still counts.
      const inner = ROLE_SUFFIX.exec(label[2]);
      const role = inner && suffixRole(inner[2]) === "joint" ? "joint" : carried;
      clauses.push({ names: splitUnitNames(inner ? inner[1] : label[2]), role });
      continue;
    }
    if (RULE_SENTENCE.test(raw) || DUE_CLAUSE.test(raw)) continue;
    const suffix = ROLE_SUFFIX.exec(raw);
    const role = suffix ? suffixRole(suffix[2]) : (carried ?? "listed");
    clauses.push({ names: splitUnitNames(suffix ? suffix[1] : raw), role });
  }
  return clauses.filter((c) => c.names.length > 0);
}

export interface BlockReading {
  units: NamedRole[];
  persons: NamedPerson[];
}

export interface BlockRules {
  /** 无牵头单位的,责任单位即为牵头单位: with no lead named, every listed unit leads. */
  responsibleAreLeads?: boolean;
}

/**
 * Roles per name; `listed` names follow the default rule (first leads unless someone else is named
 * lead), or the document's own rule when it states one.
 */
export function parseUnitBlock(content: string, rules: BlockRules = {}): BlockReading {
  const persons: NamedPerson[] = [];
  const clauses = readClauses(content, persons);
  const hasLead = clauses.some((c) => c.role === "lead");
  const out: NamedRole[] = [];
  let firstListed = !hasLead && !clauses.some((c) => c.role === "joint");
  const allListedLead = firstListed && rules.responsibleAreLeads === true;
  for (const clause of clauses) {
    for (const name of clause.names) {
      let role: UnitRole;
      if (clause.role === "listed") {
        role = firstListed || allListedLead ? "lead" : "support";
        firstListed = false;
      } else if (clause.role === "joint" && hasLead) {
        // 市发改委牵头,各区按职责分工负责: there is a lead, so the others simply support.
        role = "support";
      } else role = clause.role;
      out.push({ name, role });
    }
  }
  return { units: out, persons };
}
