import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEST_CITY } from "./forms/test-city";
import { parsePlanText } from "./parse-plan";
import { allItems } from "./test-helpers";

/**
 * Round trip: plans generated in the forms real documents use (issue 14) read back with the units,
 * roles and deadlines they were written with, and every unit's span shows the name as written.
 */

// [name as written, name in the directory]
const UNITS: Array<[string, string]> = [
  ["市发改委", "市发展改革委"],
  ["市发展改革委", "市发展改革委"],
  ["市工信局", "市工业和信息化局"],
  ["市商务局", "市商务局"],
  ["市科技局", "市科技局"],
  ["市人社局", "市人力资源社会保障局"],
  ["市交通运输局", "市交通运输局"],
  ["市财政局", "市财政局"],
  ["市教育局", "市教育局"],
];

type Form =
  | "responsible"
  | "labels"
  | "leadSupport"
  | "eachLeads"
  | "joint"
  | "leadJoint"
  | "trailing"
  | "squareBrackets"
  | "mainLabels";

interface GenBlock {
  units: Array<[string, string]>;
  form: Form;
  month: number | null;
}

interface GenItem extends GenBlock {
  split: "inline" | "headingAlone";
  /** Un-numbered paragraphs after the item, each with its own block (form 1). */
  extra: GenBlock[];
}

interface Expected {
  lead: string[];
  support: string[];
}

function block(form: Form, written: string[]): { text: string; trailing: boolean } {
  const [a, ...rest] = written;
  const others = rest.join("、");
  switch (form) {
    case "responsible":
      return { text: `(责任单位:${written.join("、")})`, trailing: false };
    case "labels":
      return { text: `(牵头单位:${a}${others ? `;配合单位:${others}` : ""})`, trailing: false };
    case "leadSupport":
      return { text: `(${a}牵头${others ? `,${others}配合` : ""})`, trailing: false };
    case "eachLeads":
      return { text: `(${written.join("、")}分别牵头)`, trailing: false };
    case "joint":
      return { text: `(${written.join("、")}按职责分工负责)`, trailing: false };
    case "leadJoint":
      return { text: `(${a}牵头${others ? `,${others}按职责分工负责` : ""})`, trailing: false };
    case "trailing":
      return { text: `\n牵头单位:${a}${others ? `\n配合单位:${others}` : ""}`, trailing: true };
    case "squareBrackets":
      return { text: `〔责任单位:${written.join("、")}〕`, trailing: false };
    case "mainLabels":
      return { text: `(主要责任单位:${a}${others ? `;协同配合单位:${others}` : ""})`, trailing: false };
  }
}

function expected(form: Form, names: string[]): Expected {
  const [a, ...rest] = names;
  if (form === "eachLeads") return { lead: names, support: [] };
  if (form === "joint") return names.length > 1 ? { lead: [], support: names } : { lead: [], support: [a] };
  return { lead: [a], support: rest };
}

const blockArb = {
  units: fc.uniqueArray(fc.constantFrom(...UNITS), {
    minLength: 1,
    maxLength: 4,
    selector: ([, canonical]) => canonical,
  }),
  form: fc.constantFrom<Form>(
    "responsible",
    "labels",
    "leadSupport",
    "eachLeads",
    "joint",
    "leadJoint",
    "trailing",
    "squareBrackets",
    "mainLabels",
  ),
  month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
};

const item: fc.Arbitrary<GenItem> = fc.record({
  ...blockArb,
  split: fc.constantFrom<GenItem["split"]>("inline", "headingAlone"),
  extra: fc.array(fc.record(blockArb), { maxLength: 2 }),
});

const dueOf = (b: GenBlock) => (b.month ? `2025年${b.month}月底前完成。` : "");
const unitsOf = (b: GenBlock) =>
  block(
    b.form,
    b.units.map(([written]) => written),
  ).text;

const CN = "一二三四五六七八九十";

function render(items: GenItem[], fullWidth: boolean): string {
  const lines = ["示范市2025年重点工作实施方案", "一、重点任务"];
  items.forEach((it, i) => {
    const code = i < 10 ? CN[i] : `十${CN[i - 10]}`;
    const heading = `(${code})推进第${i + 1}项工作。`;
    const body = `加快建设服务平台,推动融合发展。${dueOf(it)}`;
    lines.push(it.split === "inline" ? `${heading}${body}${unitsOf(it)}` : `${heading}\n${body}${unitsOf(it)}`);
    it.extra.forEach((b, j) => lines.push(`开展第${i + 1}-${j + 1}项专项行动。${dueOf(b)}${unitsOf(b)}`));
  });
  const text = lines.join("\n");
  return fullWidth
    ? text.replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：").replace(/;/g, "；").replace(/,/g, "，")
    : text;
}

describe("generated plans in the documented forms (round trip)", () => {
  it("reads back every item's lead, support and deadline", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), fc.boolean(), (items, fullWidth) => {
        const draft = parsePlanText(render(items, fullWidth), { directory: TEST_CITY });
        const read = allItems(draft);
        const blocks = items.flatMap((it) => [it, ...it.extra]);
        expect(read).toHaveLength(blocks.length);
        read.forEach((got, i) => {
          const gen = blocks[i];
          expect({ lead: got.lead, support: got.support }).toEqual(
            expected(
              gen.form,
              gen.units.map(([, canonical]) => canonical),
            ),
          );
          expect(got.dueOn).toBe(
            gen.month
              ? `2025-${String(gen.month).padStart(2, "0")}-${new Date(Date.UTC(2025, gen.month, 0)).getUTCDate()}`
              : "2025-12-31",
          );
          expect(got.units.every((u) => u.resolved)).toBe(true);
          for (const u of got.units) expect(u.span && draft.source.slice(u.span.start, u.span.end)).toBe(u.originText);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
