import { findDeadlineDates } from "./deadlines";
import type { Comparator, Indicator } from "./types";

/**
 * Quantitative targets in an item's text. A number counts only in a target context — after a
 * comparator verb (达, 突破, 不低于, 下降至, 增长…), before 以上/左右/以下, or carrying a unit in a
 * sentence that sets a target (力争, 到2025年) — so names (三类500企业) and damaged text (政策45支持)
 * never become indicators.
 */

const UNITS =
  "万亿元|亿元|万元|元|万人次|人次|万人|人|个百分点|百分点|%|‰|倍|万家|家|万个|个|项|栋|座|所|条|公里|千米|平方公里|万平方米|平方米|万亩|亩|万吨|吨|万辆|辆|件|台|套|户|场|次|处|批|万千瓦|千瓦|兆瓦|万标箱|标箱";
const NUMBER = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(${UNITS})?`, "g");
const SUFFIX = /^(及以上|以上|左右|上下|以下|以内|之内)/;
const TRIGGER =
  /(达到或超过|不低于|不少于|不高于|不超过|不多于|突破|超过|超|高于|多于|低于|少于|下降至|下降到|降低至|降低到|降至|降到|减少至|减少到|提高至|提高到|提升至|提升到|增加至|增加到|增至|增长至|增长到|控制在|保持在|稳定在|达到|达|约|年均增长|增长|增加|提高|提升|下降|降低|减少)$/;
// Verbs kept in the name because they say what is measured (增长15% is a growth rate).
const CHANGE_VERB = /^(年均增长|增长|增加|提高|提升|下降|降低|减少)$/;
const TARGET_SENTENCE = /力争|确保|争取|目标|到20\d\d年|20\d\d年(底|末|前)/;
// A number glued to an ordinal or classifier is a name: 第3批, 三类500企业, 500强, 7大集群.
const NAME_BEFORE = /(第|[一二三四五六七八九十]类)$/;
const NAME_AFTER = /^(强|大|类|级|型|届|期|号|路|线|年|月|日|季度|代|星|A|G)/;
const LEADING_NOISE =
  /^(?:[,、:;]|力争|争取|确保|计划|预计|目标|到|至|在|20\d\d年(?:底|末)?(?:前)?|实现|打造|培育|高标准建设|建设|建成|创建|引进|形成)+/;

function comparatorFor(trigger: string, suffix: string): Comparator {
  if (suffix === "以上" || suffix === "及以上") return ">=";
  if (suffix === "以下" || suffix === "以内" || suffix === "之内") return "<=";
  if (suffix === "左右" || suffix === "上下" || trigger === "约") return "~";
  if (/不低于|不少于|达到或超过/.test(trigger)) return ">=";
  if (/不高于|不超过|不多于|控制在/.test(trigger)) return "<=";
  if (/突破|超|高于|多于/.test(trigger)) return ">";
  if (/低于|少于/.test(trigger)) return "<";
  return "=";
}

function objectAfter(rest: string): string {
  const clause = rest.split(/[,;:。]/)[0];
  const parts = clause.split("、");
  // 8个以上A、20个左右B: the object stops where the next counted thing starts.
  const cut = parts.findIndex((p, i) => i > 0 && /\d/.test(p));
  return (cut === -1 ? parts : parts.slice(0, cut)).join("、").replace(/^的/, "");
}

function readOne(sentence: string, m: RegExpExecArray, from: number, dueOn: string | null) {
  const [token, valueText, unit = ""] = m;
  const end = m.index + token.length;
  const suffix = SUFFIX.exec(sentence.slice(end))?.[1] ?? "";
  const before = sentence.slice(from, m.index);
  const trigger = TRIGGER.exec(before)?.[1] ?? "";
  if (NAME_BEFORE.test(before) || (!unit && NAME_AFTER.test(sentence.slice(end)))) return null;
  const isTarget = Boolean(trigger || suffix || (unit && TARGET_SENTENCE.test(sentence)));
  if (!isTarget || (!unit && !suffix)) return null;
  const stem = CHANGE_VERB.test(trigger) ? before : before.slice(0, before.length - trigger.length);
  let name = stem.replace(LEADING_NOISE, "").replace(/的$/, "");
  let consumed = end + suffix.length;
  if (name.length < 2) {
    const object = objectAfter(sentence.slice(consumed));
    name = object || name;
    consumed += object.length;
  }
  const indicator: Indicator = {
    name,
    comparator: comparatorFor(trigger, suffix),
    value: Number(valueText),
    unit,
    approximate: suffix === "左右" || suffix === "上下" || trigger === "约",
    dueOn,
    text: sentence.slice(from, consumed).replace(/^[,、:;]/, ""),
    span: null,
  };
  return { indicator, consumed };
}

export function extractIndicators(text: string, planYear: number | null, fallbackDue: string | null): Indicator[] {
  const found: Indicator[] = [];
  for (const sentence of text.split(/[。\n]/)) {
    let clauseFloor = 0;
    for (const m of sentence.matchAll(NUMBER)) {
      const boundary = Math.max(clauseFloor, lastBoundary(sentence, m.index));
      const due = findDeadlineDates(sentence.slice(0, m.index), planYear).pop() ?? fallbackDue;
      const read = readOne(sentence, m, boundary, due);
      if (!read) continue;
      found.push(read.indicator);
      clauseFloor = read.consumed;
    }
  }
  return found;
}

function lastBoundary(sentence: string, index: number): number {
  const head = sentence.slice(0, index);
  return Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":")) + 1;
}
