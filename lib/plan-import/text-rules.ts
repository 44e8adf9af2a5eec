import type { PlanRule } from "./types";

/**
 * Rules a document states for its own unit lists (form 4). They are written inside the first
 * block or as a sentence of their own; each is applied, recorded on the plan and removed from the
 * text, so it never becomes a unit name.
 */

export type FoundRule = Omit<PlanRule, "span">;

const RULES: Array<{ kind: PlanRule["kind"]; re: RegExp }> = [
  {
    kind: "first_listed_leads",
    re: /(?:除(?:标注|注明|标明)?[“"]?(?:分别牵头|共同牵头)[”"]?(?:的|者)?外[,、]?)?(?:(?:各项任务中?|责任单位中?|责任分解中)[,]?)?(?:列|排)(?:在|于)?(?:第一位|首位)的?(?:责任)?(?:单位|部门)?(?:为|是)(?:牵头|主责)(?:单位|部门)(?:或汇总单位)?(?:[,;]?(?:下同|以下同))?/g,
  },
  {
    kind: "responsible_are_leads",
    re: /(?:有牵头单位的以牵头单位为准[,;]?)?无牵头单位的?[,]?(?:所列)?责任单位(?:即|均)?为牵头单位/g,
  },
  {
    kind: "implicit_unit",
    re: /以下(?:各项(?:任务)?)?均需?(?:由)?([\u4e00-\u9fa5()、]{2,30}?)(?:负责|落实|参与)[,]?(?:不再|不另)(?:一一|逐项)?列出/g,
  },
];

export interface RuleMatch extends FoundRule {
  index: number;
}

/** Every rule stated in the text, in order. */
export function findTextRules(text: string): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const { kind, re } of RULES) {
    for (const m of text.matchAll(re)) {
      found.push({ kind, text: m[0], index: m.index, ...(m[1] ? { unit: m[1] } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text without its rule sentences; a bracket or sentence left empty goes with them. */
export function removeTextRules(text: string, rules: RuleMatch[]): string {
  let out = text;
  for (const rule of [...rules].sort((a, b) => b.index - a.index)) {
    out = out.slice(0, rule.index) + out.slice(rule.index + rule.text.length);
  }
  return out
    .replace(/\((?:注:)?[,;、。\s]*\)/g, "")
    .replace(/[,;、]+(?=\))/g, "")
    .replace(/(?<=\()[,;、]+/g, "")
    .replace(/^(?:注:)?[,;、。\s]*$/gm, "")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
