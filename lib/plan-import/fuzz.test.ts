import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { TEST_CITY, planOf } from "./forms/test-city";
import { parsePlanText } from "./parse-plan";
import { allItems, readSeed } from "./test-helpers";
import type { DepartmentDirectory, PlanDraft } from "./types";

/**
 * Fuzz: documents mutated the way extraction damages them (cut, duplicated, stray brackets and
 * labels, lost line breaks) never crash the importer, never take a second, and never produce a
 * span outside the source or a one-character unit.
 */

const FORMS = planOf(`(一)稳定就业
1.实施就业优先政策。(牵头单位:区人社局)
加强职业技能培训,全年培训2000人次以上。(牵头单位:区人社局;配合单位:区商务局)
(二)扩大有效投资。(市发改委、市财政局,除标注“分别牵头”外,列第一位的为牵头单位,下同)
以下均需各区人民政府负责,不再列出。
(三)主要责任。(主要责任单位:市科技局;协同配合单位:市财政局)
(四)分管领导。(分管副市长:王某某;牵头单位:市发改委)
重点工作: | 12.推进数据要素市场建设 | 牵头单位: | 市发改委 | 完成时限: | 一季度:出台方案;四季度:交易额达10亿元 |
(五)等与集合。(市商务局、市发改委等各行业、招商主管部门按职责分工负责)
(六)嵌套括号。〔责任单位:市交通委(市道运局)、各县(市、区)政府〕
(七)页尾截断。推进某项工作。
责任单位:市`);

const NOISE = [
  "(",
  ")",
  "(",
  "、",
  ",",
  ";",
  ":",
  "。",
  "\n",
  "〔",
  "〕",
  "|",
  "牵头",
  "责任单位:",
  "按职责分工负责",
  "分别牵头",
  "等各",
  "下同",
  "2025年",
  "季度:",
  "(一)",
  "1.",
  "以下均需",
];

type Mutation = { kind: "delete" | "insert" | "duplicate"; at: number; length: number; noise: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation["kind"]>("delete", "insert", "duplicate"),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
  noise: fc.constantFrom(...NOISE),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === "insert") out = out.slice(0, at) + m.noise + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
  }
  return out;
}

function checkDraft(draft: PlanDraft) {
  for (const item of allItems(draft)) {
    const spans = [item.span, item.dueSpan, ...item.units.map((u) => u.span), ...item.indicators.map((i) => i.span)];
    for (const span of spans)
      if (span) expect(span.start >= 0 && span.start <= span.end && span.end <= draft.source.length).toBe(true);
    for (const unit of item.units) expect(unit.name.length).toBeGreaterThan(1);
  }
}

function fuzz(document: string, directory: DepartmentDirectory, runs: number) {
  let slowest = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
      const text = mutate(document, mutations);
      const start = performance.now();
      const draft = parsePlanText(text, { directory });
      slowest = Math.max(slowest, performance.now() - start);
      checkDraft(draft);
    }),
    { numRuns: runs },
  );
  return slowest;
}

describe("fuzzing the importer with damaged documents", () => {
  it("survives mutations of the documents written for each form, each parse under 1 s", () => {
    expect(fuzz(FORMS, TEST_CITY, 200)).toBeLessThan(1000);
  }, 60_000);

  it("survives mutations of the Changsha seed plan, each parse under 1 s", () => {
    expect(fuzz(readSeed(), CHANGSHA_DIRECTORY, 80)).toBeLessThan(1000);
  }, 60_000);
});
