import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import { DISTRICTS, allItems, readSeed } from "./test-helpers";

const draft = parsePlanText(readSeed(), { directory: CHANGSHA_DIRECTORY });
const section = (title: string) => draft.sections.find((s) => s.title === title)!;
const item = (title: string, code: string) => section(title).items.find((i) => i.code === code)!;

describe("Changsha producer-services plan (seed)", () => {
  it("reads the metadata, repairing the damaged dates", () => {
    expect(draft).toMatchObject({
      title: "长沙市生产性服务业高质量发展三年行动计划(2023—2025年)",
      docNumber: "长政办发〔2023〕24号",
      issuer: "长沙市人民政府办公厅",
      issuedOn: "2023-07-12",
      effectiveFrom: "2023-08-01",
      validUntil: "2026-07-31",
      periodStart: "2023-01-01",
      periodEnd: "2025-12-31",
    });
    expect(draft.warnings.filter((w) => w.code === "date_repaired")).toHaveLength(2);
  });

  it("has the four sections in order with 3 goals, 7 tasks, 6 projects and 5 measures", () => {
    expect(draft.sections.map((s) => s.title)).toEqual(["总体目标", "主要任务", "重点工程", "保障措施"]);
    expect(draft.sections.map((s) => s.items.length)).toEqual([3, 7, 6, 5]);
    expect(draft.sections.map((s) => s.items.map((i) => i.kind))).toEqual([
      Array(3).fill("goal"),
      Array(7).fill("task"),
      Array(6).fill("project"),
      Array(5).fill("measure"),
    ]);
  });

  it("never turns the closing clause or page chrome into an item", () => {
    const texts = allItems(draft)
      .map((i) => i.text)
      .join("\n");
    expect(texts).not.toMatch(/施行|有效期|扫一扫|\.pdf|发布时间/);
  });

  it("gives items a first-sentence title and a text without the units block", () => {
    const task = item("主要任务", "(一)");
    expect(task.title).toBe("强化创新驱动的科技服务");
    expect(task.text).not.toContain("责任单位");
    expect(task.unitsText).toMatch(/^责任单位:市科技局/);
  });

  it("makes the first listed unit lead and expands 各区县市人民政府 into the nine governments", () => {
    const logistics = item("主要任务", "(四)");
    expect(logistics.lead).toEqual(["市政府物流口岸办"]);
    expect(logistics.support).toEqual(["市发展改革委", "市交通运输局", "市商务局", "市邮政管理局", ...DISTRICTS]);
    const furong = logistics.units.find((u) => u.name === "芙蓉区人民政府")!;
    expect(furong).toMatchObject({ role: "support", originText: "各区县市人民政府", resolved: true });
  });

  it("resolves every unit of the 13 tasks and projects against the directory", () => {
    const assigned = [...section("主要任务").items, ...section("重点工程").items];
    expect(assigned).toHaveLength(13);
    for (const i of assigned) {
      expect(i.lead).toHaveLength(1);
      expect(i.support).toEqual(expect.arrayContaining(DISTRICTS));
      expect(i.units.every((u) => u.resolved)).toBe(true);
    }
    expect(draft.warnings.filter((w) => w.code === "unknown_unit" || w.code === "unknown_group")).toEqual([]);
  });

  it("asks for units on the goals and measures that list none", () => {
    const unassigned = [...section("总体目标").items, ...section("保障措施").items];
    for (const i of unassigned) expect(i.units).toEqual([]);
    const codes = draft.warnings.filter((w) => w.code === "no_units").map((w) => w.itemCode);
    expect(codes).toEqual(["一(一)", "一(二)", "一(三)", "四(一)", "四(二)", "四(三)", "四(四)", "四(五)"]);
  });

  it("finds exactly the 18 quantitative targets", () => {
    const indicators = allItems(draft).flatMap((i) => i.indicators);
    expect(indicators).toHaveLength(18);
    expect(indicators.every((i) => i.dueOn === "2025-12-31")).toBe(true);
    expect(indicators.some((i) => i.value === 500 || i.value === 7 || (i.value === 45 && i.unit !== "%"))).toBe(false);
  });

  it("reads comparators, values and units the way the plan states them", () => {
    const pick = (sec: string, code: string) => item(sec, code).indicators.map((i) => [i.comparator, i.value, i.unit]);
    expect(item("总体目标", "(一)").indicators[0]).toMatchObject({
      name: "生产性服务业增加值占全市服务业增加值比重",
      comparator: ">=",
      value: 65,
      unit: "%",
    });
    expect(item("总体目标", "(二)").indicators[0]).toMatchObject({
      comparator: "~",
      value: 700,
      unit: "家",
      approximate: true,
    });
    expect(pick("主要任务", "(一)")).toEqual([
      [">=", 6, "%"],
      [">=", 45, "%"],
    ]);
    expect(item("主要任务", "(一)").indicators[0].name).toBe("技术合同成交额占GDP比重");
    expect(pick("主要任务", "(三)")).toEqual([[">", 10, "%"]]);
    expect(pick("主要任务", "(四)")).toEqual([["~", 12.8, "%"]]);
    expect(pick("主要任务", "(五)")).toEqual([[">=", 1, "倍"]]);
    expect(pick("主要任务", "(七)")).toEqual([
      [">=", 15, "%"],
      [">=", 5, "%"],
    ]);
    expect(pick("重点工程", "(二)")).toEqual([
      ["=", 2200, "家"],
      ["~", 1500, "家"],
    ]);
    expect(pick("重点工程", "(五)")).toEqual([[">=", 10, "项"]]);
    expect(pick("重点工程", "(六)")).toEqual([]);
    expect(pick("保障措施", "(四)")).toEqual([]);
  });

  it("defaults every item's deadline to the end of the plan period", () => {
    expect(allItems(draft).every((i) => i.dueOn === "2025-12-31" && !i.ongoing)).toBe(true);
  });
});
