import { PERSON_LABEL } from "./labels";
import { splitOutsideBrackets } from "./brackets";

/** Person roles written with the units (form 5): 分管副市长:王某某, 牵头领导:李某 — kept apart from units. */

export interface NamedPerson {
  role: string;
  name: string;
}

const PERSON_CLAUSE = new RegExp(`^\\s*(${PERSON_LABEL})\\s*:\\s*([\\s\\S]*)$`);

/** The people a clause names, or null when the clause is not a person label. */
export function readPersonClause(clause: string): NamedPerson[] | null {
  const m = PERSON_CLAUSE.exec(clause);
  if (!m) return null;
  return splitOutsideBrackets(m[2].replace(/[。.\s]+$/, ""), "、/ ")
    .filter((name) => name.length > 0)
    .map((name) => ({ role: m[1], name }));
}
