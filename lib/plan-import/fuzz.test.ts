import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { FORM_SAMPLE } from "./forms/documents";
import { TEST_CITY } from "./forms/test-city";
import { parsePlanText } from "./parse-plan";
import { allItems, readSeed } from "./test-helpers";
import type { DepartmentDirectory, PlanDraft } from "./types";

/**
 * Fuzz: documents mutated the way extraction damages them (cut, duplicated, stray brackets and
 * labels, lost line breaks) never crash the importer, never take a second, and never produce a
 * span outside the source or a one-character unit.
 */

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
  // Warm up (regex compilation, JIT) so the timing measures parsing, not the first call.
  parsePlanText(document, { directory });
  let slowest = 0;
  let slowestText = "";
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
      const text = mutate(document, mutations);
      const start = performance.now();
      const draft = parsePlanText(text, { directory });
      const elapsed = performance.now() - start;
      if (elapsed > slowest) [slowest, slowestText] = [elapsed, text];
      checkDraft(draft);
    }),
    { numRuns: runs },
  );
  // A slow document is re-timed once: on a shared machine one run can lose the CPU to others.
  if (slowest >= 1000) {
    const start = performance.now();
    parsePlanText(slowestText, { directory });
    slowest = performance.now() - start;
  }
  return slowest;
}

describe("fuzzing the importer with damaged documents", () => {
  it("survives mutations of the documents written for each form, each parse under 1 s", () => {
    expect(fuzz(FORM_SAMPLE, TEST_CITY, 200)).toBeLessThan(1000);
  }, 60_000);

  it("survives mutations of the Changsha seed plan, each parse under 1 s", () => {
    expect(fuzz(readSeed(), CHANGSHA_DIRECTORY, 80)).toBeLessThan(1000);
  }, 60_000);
});
