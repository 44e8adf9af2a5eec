import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { TEST_CITY, planOf } from "./forms/test-city";
import { parsePlanText } from "./parse-plan";
import { allItems, readSeed } from "./test-helpers";
import type { PlanDraft, SourceSpan } from "./types";

/** Every extracted field points at the words it was read from (issue 14, provenance). */

const at = (draft: PlanDraft, span: SourceSpan | null) =>
  span ? draft.source.slice(span.start, span.end).replace(/\n/g, "") : null;

describe("provenance on the Changsha seed plan", () => {
  const draft = parsePlanText(readSeed(), { directory: CHANGSHA_DIRECTORY });
  const items = allItems(draft);

  it("gives every unit the span of its name as written", () => {
    const units = items.flatMap((i) => i.units);
    expect(units.length).toBeGreaterThan(50);
    for (const unit of units) expect(at(draft, unit.span)).toBe(unit.originText);
  });

  it("points the nine districts expanded from 各区县市人民政府 at that one collective", () => {
    const task = draft.sections[1].items[0];
    const districts = task.units.filter((u) => u.originText === "各区县市人民政府");
    expect(districts).toHaveLength(9);
    expect(new Set(districts.map((u) => JSON.stringify(u.span))).size).toBe(1);
    expect(
      task.span &&
        districts[0].span &&
        districts[0].span.start >= task.span.start &&
        districts[0].span.end <= task.span.end,
    ).toBe(true);
  });

  it("gives every indicator the span of its sentence", () => {
    const indicators = items.flatMap((i) => i.indicators);
    expect(indicators).toHaveLength(18);
    for (const ind of indicators) expect(at(draft, ind.span)).toBe(ind.text);
  });
});

describe("provenance of written forms", () => {
  const draft = parsePlanText(
    planOf(`(一)建设货运枢纽。2024年6月底前建成投用,货运量达到500万吨以上。(牵头单位:市交通运输局;配合单位:东城区、西城区人民政府)
(二)扩大消费。(分管副市长:王某某;责任单位:市商务局)
(三)再次扩大消费。(责任单位:市商务局、市交通委(市道运局))`),
    { directory: TEST_CITY },
  );
  const [hub, consumption, again] = draft.sections[0].items;

  it("points a unit and a deadline at their words, inside the item's own span", () => {
    expect(hub.units.map((u) => at(draft, u.span))).toEqual(["市交通运输局", "东城区", "西城区人民政府"]);
    expect(hub.dueOn).toBe("2024-06-30");
    expect(at(draft, hub.dueSpan)).toBe("2024年6月底前");
    expect(at(draft, hub.indicators[0].span)).toBe(hub.indicators[0].text);
    expect(at(draft, hub.span)).toMatch(/^\(一\)建设货运枢纽/);
  });

  it("points each item's unit at its own occurrence, and a person at the person", () => {
    expect(at(draft, consumption.persons[0].span)).toBe("王某某");
    const [first, second] = [consumption.units[0].span, again.units[0].span];
    expect(first && second && second.start > first.start).toBe(true);
    expect(again.units.map((u) => at(draft, u.span))).toEqual(["市商务局", "市交通委(市道运局)"]);
  });

  it("leaves no span for a deadline that is the plan period's end", () => {
    expect(consumption.dueSpan).toBeNull();
  });
});
