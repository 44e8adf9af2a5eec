import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import { joinItemLines } from "./outline";

const parse = (text: string) => parsePlanText(text, { directory: CHANGSHA_DIRECTORY });

const NESTED = `某市数字经济发展实施方案
一、总体要求
(一)指导思想。坚持创新驱动。
(二)发展目标。到2025年,数字经济核心产业增加值达500亿元以上。
二、重点任务
(一)夯实数字基础设施
1.加快5G网络建设。2024年底前实现城区全覆盖。(责任单位:市工信局、市发改委)
2.建设算力中心。
(1)建成智算中心一期。(牵头单位:市科技局)
(2)推动数据中心绿色化,持续推进。
(二)发展数字产业。(责任单位:市商务局)
三、保障措施
加强组织领导,各单位要高度重视。
四、本方案自印发之日起施行,由市发展改革委负责解释。`;

describe("outline", () => {
  const draft = parse(NESTED);
  const tasks = draft.sections[1];

  it("nests 1. and (1) sub-items as children", () => {
    expect(tasks.items.map((i) => i.code)).toEqual(["(一)", "(二)"]);
    const base = tasks.items[0];
    expect(base.title).toBe("夯实数字基础设施");
    expect(base.children.map((c) => c.code)).toEqual(["1.", "2."]);
    expect(base.children[1].children.map((c) => [c.code, c.title])).toEqual([
      ["(1)", "建成智算中心一期"],
      ["(2)", "推动数据中心绿色化,持续推进"],
    ]);
  });

  it("gives children their own units, deadlines and inherited units when they list none", () => {
    const [first, second] = tasks.items[0].children;
    expect(first).toMatchObject({ lead: ["市工业和信息化局"], support: ["市发展改革委"], dueOn: "2024-12-31" });
    const [phase1, green] = second.children;
    expect(phase1.lead).toEqual(["市科技局"]);
    expect(green).toMatchObject({ ongoing: true, dueOn: null, lead: [], unitsInherited: false });
    expect(draft.warnings.filter((w) => w.code === "no_units").map((w) => w.itemCode)).toEqual([
      "一(一)",
      "一(二)",
      "二(一)2.(2)",
    ]);
  });

  it("classifies items by section, and (二)发展目标 under 总体要求 as a goal", () => {
    expect(draft.sections.map((s) => s.kind)).toEqual(["task", "task", "measure"]);
    expect(draft.sections[0].items.map((i) => i.kind)).toEqual(["task", "goal"]);
    expect(draft.sections[0].items[1].indicators[0]).toMatchObject({ value: 500, unit: "亿元", comparator: ">=" });
  });

  it("keeps unnumbered paragraphs as the section intro and drops the closing clause", () => {
    expect(draft.sections).toHaveLength(3);
    expect(draft.sections[2]).toMatchObject({ title: "保障措施", intro: "加强组织领导,各单位要高度重视。", items: [] });
  });

  it("puts unit children under a parent without units without asking twice", () => {
    const plan = parse(
      "方案\n一、重点任务\n(一)推进改革\n1.改革一。(责任单位:市商务局)\n2.改革二。(责任单位:市科技局)",
    );
    expect(plan.warnings.filter((w) => w.code === "no_units")).toEqual([]);
  });

  it("copies the parent's units to sub-items that list none", () => {
    const plan = parse("方案\n一、重点任务\n(一)推进改革。(责任单位:市商务局、市科技局)\n1.改革一。\n2.改革二。");
    const child = plan.sections[0].items[0].children[0];
    expect(child).toMatchObject({ lead: ["市商务局"], support: ["市科技局"], unitsInherited: true, unitsText: null });
  });

  it("joins lines a PDF wrapped mid-sentence, and keeps paragraph breaks", () => {
    expect(
      joinItemLines(["加快建设国家骨干冷链物流基地,加强物流公共信息平台", "建设,发展智慧仓配。", "第二段。"]),
    ).toBe("加快建设国家骨干冷链物流基地,加强物流公共信息平台建设,发展智慧仓配。\n第二段。");
  });
});

describe("page chrome and damaged extraction", () => {
  const WEB_PAGE = `某某市人民政府办公室关于印发某某市物流业发展行动方案(20242026年)的通知
发布时间:2024-03-05 来源:市政府办公室 字体大小:大 中 小
某政办发〔2024〕7号
各区县人民政府,市直各单位:
现将方案印发给你们,请认真贯彻执行。
某某市人民政府办公室
2024315
某某市物流业发展行动方案
(20242026年)
一、主要任务
(一)建设物流枢纽。到2026年,建成物流园区5个以上。(责任单位:市商务局)
— 2 —
(二)发展冷链物流。(责任单位:市发改委)
二、保障措施
(一)强化资金保障。
本方案自2024年4月1日起施行,有效期五年。
扫一扫在手机打开当前页
附件.pdf
打印本页 关闭窗口`;
  const draft = parse(WEB_PAGE);

  it("repairs the dates and reads the metadata", () => {
    expect(draft).toMatchObject({
      title: "某某市物流业发展行动方案(2024—2026年)",
      docNumber: "某政办发〔2024〕7号",
      issuer: "某某市人民政府办公室",
      issuedOn: "2024-03-15",
      effectiveFrom: "2024-04-01",
      validUntil: "2029-03-31",
      periodStart: "2024-01-01",
      periodEnd: "2026-12-31",
    });
    expect(draft.warnings.filter((w) => w.code === "date_repaired").length).toBeGreaterThanOrEqual(2);
  });

  it("keeps noise out of items, units and indicators", () => {
    const items = draft.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.title)).toEqual(["建设物流枢纽", "发展冷链物流", "强化资金保障"]);
    expect(items.map((i) => i.text).join("")).not.toMatch(/—|扫一扫|打印|施行|pdf/);
    expect(items.flatMap((i) => i.indicators).map((i) => [i.comparator, i.value, i.unit])).toEqual([[">=", 5, "个"]]);
  });
});
