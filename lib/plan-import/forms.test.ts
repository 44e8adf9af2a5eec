import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText } from "./parse-plan";
import { DISTRICT_GOVERNMENTS, TEST_CITY, planOf } from "./forms/test-city";
import { allItems } from "./test-helpers";
import type { PlanDraft, PlanItem } from "./types";

/** One document per responsibility form that real plans use (issue 14, forms 1–8). */

const parse = (body: string): PlanDraft => parsePlanText(planOf(body), { directory: TEST_CITY });
const roles = (item: PlanItem) => ({ lead: item.lead, support: item.support });
const byTitle = (draft: PlanDraft, title: string) => {
  const found = allItems(draft).find((i) => i.title === title);
  if (!found)
    throw new Error(
      `no item ${title}: ${allItems(draft)
        .map((i) => i.title)
        .join(" | ")}`,
    );
  return found;
};
const everyUnitName = (draft: PlanDraft) => allItems(draft).flatMap((i) => i.units.map((u) => u.name));

describe("form 1: un-numbered paragraphs that carry their own block", () => {
  const draft = parse(`(一)稳定就业
1.实施就业优先政策,扩大高校毕业生就业。(牵头单位:区人社局)
加强职业技能培训,全年培训2000人次以上。(牵头单位:区人社局;配合单位:区商务局)
开展春风行动招聘会。(牵头单位:区商务局)
2.做好困难群体帮扶。(牵头单位:区人社局)`);
  const items = draft.sections[0].items[0].children;

  it("makes each paragraph with its own block an item of its own", () => {
    expect(items.map((i) => i.title)).toEqual([
      "实施就业优先政策,扩大高校毕业生就业",
      "加强职业技能培训,全年培训2000人次以上",
      "开展春风行动招聘会",
      "做好困难群体帮扶",
    ]);
    expect(items.map(roles)).toEqual([
      { lead: ["区人社局"], support: [] },
      { lead: ["区人社局"], support: ["区商务局"] },
      { lead: ["区商务局"], support: [] },
      { lead: ["区人社局"], support: [] },
    ]);
  });

  it("numbers them after the item they follow and flags them as guessed from position", () => {
    expect(items.map((i) => i.code)).toEqual(["1.", "1.-2", "1.-3", "2."]);
    expect(items[1].doubts).toContain("position_guessed");
    expect(items[0].doubts).not.toContain("position_guessed");
  });
});

describe("form 2: heading and body in separate paragraphs", () => {
  const draft = parse(`(三)提升物流效率。
推进多式联运,降低全社会物流成本。(市交通运输局、市商务局按职责分工负责)
(四)培育消费新场景
打造夜间经济街区。
建设一刻钟便民生活圈。(责任单位:市商务局)`);

  it("gives the block to the heading's item", () => {
    const logistics = byTitle(draft, "提升物流效率");
    expect(logistics.units.map((u) => [u.name, u.role])).toEqual([
      ["市交通运输局", "joint"],
      ["市商务局", "joint"],
    ]);
    expect(logistics.text).toContain("推进多式联运");
  });

  it("keeps a heading with several body paragraphs as one item", () => {
    const consumption = byTitle(draft, "培育消费新场景");
    expect(consumption.lead).toEqual(["市商务局"]);
    expect(draft.sections[0].items).toHaveLength(2);
  });
});

describe("form 3: joint responsibility", () => {
  const draft = parse(`(一)联合推进。(市发改委、市商务局、市科技局按职责分工负责)
(二)明确牵头。(市发改委牵头,市财政局、市教育局按职责分工负责)
(三)分别牵头。(市科技局、市工信局分别牵头)`);

  it("makes `A、B、C按职责分工负责` joint, with no lead", () => {
    const item = byTitle(draft, "联合推进");
    expect(item.lead).toEqual([]);
    expect(item.units.map((u) => u.role)).toEqual(["joint", "joint", "joint"]);
  });

  it("keeps the named lead of `X牵头,Y、Z按职责分工负责`", () => {
    expect(roles(byTitle(draft, "明确牵头"))).toEqual({ lead: ["市发展改革委"], support: ["市财政局", "市教育局"] });
  });

  it("makes every unit of `分别牵头` a lead", () => {
    expect(roles(byTitle(draft, "分别牵头"))).toEqual({ lead: ["市科技局", "市工业和信息化局"], support: [] });
  });
});

describe("form 4: rules written inside the text", () => {
  const draft = parse(`(一)扩大有效投资。(市发改委、市财政局,除标注“分别牵头”外,列第一位的为牵头单位,下同)
(二)推进科技创新。(市科技局、市工信局分别牵头)
以下均需各区人民政府负责,不再列出。
(三)促进消费。(市商务局、市财政局)
(四)稳定就业。`);

  it("applies `列第一位的为牵头单位` and never emits the rule as a unit", () => {
    expect(roles(byTitle(draft, "扩大有效投资"))).toEqual({ lead: ["市发展改革委"], support: ["市财政局"] });
    expect(roles(byTitle(draft, "推进科技创新"))).toEqual({ lead: ["市科技局", "市工业和信息化局"], support: [] });
    expect(everyUnitName(draft).filter((n) => /除|标注|第一|下同|列出|以下/.test(n))).toEqual([]);
  });

  it("records the rules on the plan with the text they came from", () => {
    expect(draft.rules.map((r) => r.kind)).toEqual(["first_listed_leads", "implicit_unit"]);
    expect(draft.rules[1]).toMatchObject({ unit: "各区人民政府" });
    const source = draft.source;
    for (const rule of draft.rules) {
      const span = rule.span ?? { start: 0, end: 0 };
      expect(source.slice(span.start, span.end)).toBe(rule.text);
    }
  });

  it("adds the implicit unit to every following item, and flags the rule on them", () => {
    expect(roles(byTitle(draft, "促进消费"))).toEqual({
      lead: ["市商务局"],
      support: ["市财政局", ...DISTRICT_GOVERNMENTS],
    });
    expect(roles(byTitle(draft, "稳定就业"))).toEqual({ lead: DISTRICT_GOVERNMENTS, support: [] });
    expect(byTitle(draft, "促进消费").doubts).toContain("rule_applied");
    expect(byTitle(draft, "推进科技创新").units.map((u) => u.name)).not.toContain(DISTRICT_GOVERNMENTS[0]);
  });

  it("makes every 责任单位 a lead under `无牵头单位的,责任单位即为牵头单位`", () => {
    const ruled = parsePlanText(
      `示范市2024年重点工作实施方案\n注:有牵头单位的以牵头单位为准,无牵头单位的,责任单位即为牵头单位。\n一、重点任务\n(一)优化营商环境。(责任单位:市发改委、市商务局)\n(二)建设人才高地。(牵头单位:市人社局;责任单位:市教育局)`,
      { directory: TEST_CITY },
    );
    expect(ruled.rules.map((r) => r.kind)).toEqual(["responsible_are_leads"]);
    expect(roles(byTitle(ruled, "优化营商环境"))).toEqual({ lead: ["市发展改革委", "市商务局"], support: [] });
    expect(roles(byTitle(ruled, "建设人才高地"))).toEqual({ lead: ["市人力资源社会保障局"], support: ["市教育局"] });
  });
});

describe("form 5: label forms", () => {
  const draft = parse(`(一)牵头加责任。(牵头单位:市发改委;责任单位:市商务局、市科技局)
(二)主要责任。(主要责任单位:市科技局;协同配合单位:市财政局)
(三)参与单位。(牵头单位:市教育局;参与单位:市财政局)
(四)标签另起一行。推进产教融合。
牵头单位:市教育局  配合单位:市人社局
(五)分管领导。(分管副市长:王某某;牵头单位:市发改委;配合单位:市财政局)
(六)牵头领导另起一行。建设产业园区。
牵头领导:李某
牵头单位:市工信局;配合单位:市商务局`);

  it("makes 责任单位 supporting when a 牵头单位 is named", () => {
    expect(roles(byTitle(draft, "牵头加责任"))).toEqual({ lead: ["市发展改革委"], support: ["市商务局", "市科技局"] });
  });

  it("reads 主要责任单位 / 协同配合单位 and 参与单位", () => {
    expect(roles(byTitle(draft, "主要责任"))).toEqual({ lead: ["市科技局"], support: ["市财政局"] });
    expect(roles(byTitle(draft, "参与单位"))).toEqual({ lead: ["市教育局"], support: ["市财政局"] });
  });

  it("reads labels on their own line, separated by two spaces", () => {
    const item = byTitle(draft, "标签另起一行");
    expect(roles(item)).toEqual({ lead: ["市教育局"], support: ["市人力资源社会保障局"] });
    expect(item.text).toBe("标签另起一行。推进产教融合。");
  });

  it("keeps person roles as a separate field, never as units", () => {
    const item = byTitle(draft, "分管领导");
    expect(roles(item)).toEqual({ lead: ["市发展改革委"], support: ["市财政局"] });
    expect(item.persons.map((p) => [p.role, p.name])).toEqual([["分管副市长", "王某某"]]);
    const own = byTitle(draft, "牵头领导另起一行");
    expect(roles(own)).toEqual({ lead: ["市工业和信息化局"], support: ["市商务局"] });
    expect(own.persons.map((p) => [p.role, p.name])).toEqual([["牵头领导", "李某"]]);
    expect(everyUnitName(draft).filter((n) => /某/.test(n))).toEqual([]);
  });
});

describe("form 6: tables", () => {
  it("reads a 任务分解表 from a .docx", () => {
    const draft = parsePlanDocument(
      {
        text: "示范市2024年重点工作任务分解表",
        tables: [
          {
            rows: [
              ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
              ["1", "建设综合货运枢纽", "市交通运输局", "市发改委、市财政局", "2024年9月底前"],
              ["2", "举办消费促进月活动", "市商务局", "", "2024年第二季度"],
            ],
          },
        ],
      },
      { directory: TEST_CITY },
    );
    const items = allItems(draft);
    expect(items.map((i) => [i.title, i.lead, i.support, i.dueOn])).toEqual([
      ["建设综合货运枢纽", ["市交通运输局"], ["市发展改革委", "市财政局"], "2024-09-30"],
      ["举办消费促进月活动", ["市商务局"], [], "2024-06-30"],
    ]);
  });

  it("reads the same table flattened into text rows, with quarterly milestones in one cell", () => {
    const draft =
      parse(`重点工作: | 12.推进数据要素市场建设 | 牵头单位: | 市发改委 | 配合单位: | 市工信局、市财政局 | 完成时限: | 一季度:出台方案;二季度:挂牌运营;四季度:交易额达10亿元 |
重点工作: | 13.建设人工智能产业园 | 牵头单位: | 市科技局 | 配合单位: | 市工信局 | 完成时限: | 2024年6月底前 |`);
    const items = allItems(draft);
    expect(items.map((i) => [i.code, i.title, i.lead, i.support, i.dueOn])).toEqual([
      ["12.", "推进数据要素市场建设", ["市发展改革委"], ["市工业和信息化局", "市财政局"], "2024-12-31"],
      ["13.", "建设人工智能产业园", ["市科技局"], ["市工业和信息化局"], "2024-06-30"],
    ]);
    expect(items[0].milestones.map((m) => [m.dueOn, m.text])).toEqual([
      ["2024-03-31", "出台方案"],
      ["2024-06-30", "挂牌运营"],
      ["2024-12-31", "交易额达10亿元"],
    ]);
  });
});

describe("form 7: unit names", () => {
  const draft = parse(`(一)等与集合。(市商务局、市发改委等各行业、招商主管部门按职责分工负责)
(二)共用后缀。(责任单位:东城区、西城区人民政府)
(三)嵌套括号。(责任单位:市交通委(市道运局)、各县(市、区)政府)
(四)方头括号。〔责任单位:市科技局、市财政局〕
(五)方括号。[责任单位:市财政局]
(六)尾随动词。(市科技局牵头负责,市教育局等配合)
(七)页尾截断。推进某项工作。
责任单位:市`);

  it("splits `A、B等各行业、招商主管部门` into two units and one collective", () => {
    const item = byTitle(draft, "等与集合");
    expect(item.units.map((u) => [u.name, u.isGroup])).toEqual([
      ["市商务局", false],
      ["市发展改革委", false],
      ["各行业、招商主管部门", true],
    ]);
  });

  it("shares a suffix across places and keeps nested parentheses inside one name", () => {
    expect(roles(byTitle(draft, "共用后缀"))).toEqual({ lead: ["东城区人民政府"], support: ["西城区人民政府"] });
    const nested = byTitle(draft, "嵌套括号");
    expect(nested.units.map((u) => u.name)).toEqual(["市交通委", "各县(市、区)政府"]);
    expect(nested.units[0].originText).toBe("市交通委(市道运局)");
  });

  it("reads 〔〕 and [] bracket styles and drops trailing verbs", () => {
    expect(roles(byTitle(draft, "方头括号"))).toEqual({ lead: ["市科技局"], support: ["市财政局"] });
    expect(roles(byTitle(draft, "方括号"))).toEqual({ lead: ["市财政局"], support: [] });
    expect(roles(byTitle(draft, "尾随动词"))).toEqual({ lead: ["市科技局"], support: ["市教育局"] });
  });

  it("yields no unit 市 from a block cut off at the end of a page", () => {
    expect(everyUnitName(draft)).not.toContain("市");
    expect(byTitle(draft, "页尾截断").units).toEqual([]);
  });
});

describe("form 8: page furniture", () => {
  const draft = parsePlanText(
    `标题:示范市人民政府办公厅关于印发示范市2024年重点工作实施方案的通知
发文字号:示政办发〔2024〕8号
牵头单位:市委组织部
首页 > 政务公开 > 政策文件
当前位置:首页>政务公开>政策文件
正文
各区人民政府,市直各单位:
现将《示范市2024年重点工作实施方案》印发给你们,请认真贯彻执行。
示范市人民政府办公厅
2024年3月1日
示范市2024年重点工作实施方案
一、重点任务
(一)优化营商环境。(责任单位:市发改委)
打印本页 关闭窗口`,
    { directory: TEST_CITY },
  );

  it("takes no task and no unit from the crawler header, breadcrumbs or notice", () => {
    const items = allItems(draft);
    expect(items.map((i) => [i.title, i.lead])).toEqual([["优化营商环境", ["市发展改革委"]]]);
    expect(everyUnitName(draft)).not.toContain("市委组织部");
    expect(items[0].text).not.toMatch(/打印|关闭|正文|首页/);
  });

  it("reads the title and 文号 from the header", () => {
    expect(draft).toMatchObject({ title: "示范市2024年重点工作实施方案", docNumber: "示政办发〔2024〕8号" });
  });
});
