import { describe, expect, it } from "vitest";
import { parseItem } from "./test-helpers";
import type { Department, DepartmentDirectory } from "./types";

const d = (name: string, aliases: string[] = []): Department => ({
  name,
  shortName: "",
  fullName: "",
  kind: "municipal",
  aliases,
});

// A made-up Guangzhou directory: the collective 各区人民政府 is known, 各县(市、区)政府 is not.
const GUANGZHOU: DepartmentDirectory = {
  cityPrefixes: ["广州市"],
  departments: [
    d("市发展改革委"),
    d("市工业和信息化局"),
    d("市商务局"),
    d("市科技局"),
    d("市人力资源社会保障局"),
    d("黄埔区人民政府"),
    d("天河区人民政府"),
    d("越秀区人民政府"),
  ],
  groups: [
    { name: "各区人民政府", aliases: ["各区政府"], members: ["黄埔区人民政府", "天河区人民政府", "越秀区人民政府"] },
  ],
};

const units = (body: string, directory = GUANGZHOU) => parseItem(`(一)推进某项工作。${body}`, directory);

describe("responsibility blocks", () => {
  it("reads 牵头单位/配合单位 with a shared government suffix (黄埔区、天河区人民政府)", () => {
    const { item, warnings } = units("(牵头单位:市发展改革委;配合单位:市工业和信息化局、黄埔区、天河区人民政府)");
    expect(item.lead).toEqual(["市发展改革委"]);
    expect(item.support).toEqual(["市工业和信息化局", "黄埔区人民政府", "天河区人民政府"]);
    expect(warnings).toEqual([]);
  });

  it("accepts full-width brackets, colons and semicolons", () => {
    const { item } = units("（牵头单位：市商务局；配合单位：市科技局，市发展改革委）");
    expect(item.lead).toEqual(["市商务局"]);
    expect(item.support).toEqual(["市科技局", "市发展改革委"]);
  });

  it("makes the first 责任单位 lead and the others support", () => {
    const { item } = units("(责任单位:市科技局、市商务局、各区人民政府)");
    expect(item.lead).toEqual(["市科技局"]);
    expect(item.support).toEqual(["市商务局", "黄埔区人民政府", "天河区人民政府", "越秀区人民政府"]);
    expect(item.units.filter((u) => u.originText === "各区人民政府")).toHaveLength(3);
  });

  it("reads `X牵头,Y配合`", () => {
    const { item } = units("(市商务局牵头,市发展改革委配合)");
    expect(item.lead).toEqual(["市商务局"]);
    expect(item.support).toEqual(["市发展改革委"]);
  });

  it("makes each unit lead for `X、Y分别牵头`", () => {
    const { item } = units("(市科技局、市工信局分别牵头)", {
      ...GUANGZHOU,
      departments: [...GUANGZHOU.departments, d("市工信局")],
    });
    expect(item.lead).toEqual(["市科技局", "市工信局"]);
    expect(item.support).toEqual([]);
  });

  it("treats several units under 牵头单位 as co-leads", () => {
    const { item } = units("(牵头单位:市发展改革委、市商务局;配合单位:市科技局)");
    expect(item.lead).toEqual(["市发展改革委", "市商务局"]);
    expect(item.support).toEqual(["市科技局"]);
  });

  it("makes 责任单位 supporting when a 牵头单位 line comes first", () => {
    const { item } = units("\n牵头单位:市发展改革委\n责任单位:市商务局、市科技局");
    expect(item.lead).toEqual(["市发展改革委"]);
    expect(item.support).toEqual(["市商务局", "市科技局"]);
    expect(item.text).toBe("推进某项工作。");
  });

  it("flags `按职责分工负责` as joint responsibility with no lead", () => {
    const { item, warnings } = units("(市商务局、市科技局按职责分工负责)");
    expect(item.lead).toEqual([]);
    expect(item.support).toEqual(["市商务局", "市科技局"]);
    expect(item.units.map((u) => u.role)).toEqual(["joint", "joint"]);
    expect(warnings.map((w) => w.code)).toEqual(["joint_responsibility"]);
  });

  it("keeps 各县(市、区)政府 as one flagged unit when the directory does not know the group", () => {
    const { item, warnings } = units("(责任单位:市商务局、各县(市、区)政府)");
    expect(item.support).toEqual(["各县(市、区)政府"]);
    expect(item.units[1]).toMatchObject({ resolved: false, isGroup: true });
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown_group", itemCode: "一(一)" })]);
  });

  it("drops trailing words, rule sentences and 等", () => {
    const { item } = units("(责任单位:市发展改革委、市商务局等,列第一位的为牵头单位,下同)");
    expect(item.lead).toEqual(["市发展改革委"]);
    expect(item.support).toEqual(["市商务局"]);
  });

  it("never yields a unit like 市 from a cut-off block", () => {
    const { item, warnings } = units("(责任单位:市科技局、市商务局、市");
    expect([...item.lead, ...item.support]).toEqual(["市科技局", "市商务局"]);
    expect(warnings.map((w) => w.code)).toContain("truncated_units");
  });

  it("drops a half-written last name of a cut-off block", () => {
    const { item } = units("(责任单位:市科技局、市发展改");
    expect([...item.lead, ...item.support]).toEqual(["市科技局"]);
  });

  it("keeps unknown units and reports them for mapping", () => {
    const { item, warnings } = units("(责任单位:市统计局、市商务局)");
    expect(item.lead).toEqual(["市统计局"]);
    expect(item.units[0]).toMatchObject({ resolved: false, isGroup: false });
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown_unit", itemCode: "一(一)" })]);
  });

  it("leaves ordinary brackets in the text alone", () => {
    const { item } = units("依法制(修)订标准(责任单位:市商务局)");
    expect(item.text).toBe("推进某项工作。依法制(修)订标准");
    expect(item.lead).toEqual(["市商务局"]);
  });

  it("warns when an item names no unit", () => {
    const { item, warnings } = units("");
    expect(item.units).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: "no_units", itemCode: "一(一)" })]);
  });
});

describe("mixed responsibility forms", () => {
  it("reads a lead followed by units that `按职责分工负责` as support, without a joint warning", () => {
    const { item, warnings } = units("(市发展改革委牵头,市商务局、各区人民政府按职责分工负责)");
    expect(item.lead).toEqual(["市发展改革委"]);
    expect(item.support).toEqual(["市商务局", "黄埔区人民政府", "天河区人民政府", "越秀区人民政府"]);
    expect(warnings).toEqual([]);
  });

  it("reads `按职责分工负责` inside a labelled list as joint", () => {
    const { item, warnings } = units("(责任单位:市商务局、市科技局按职责分工负责)");
    expect(item.support).toEqual(["市商务局", "市科技局"]);
    expect(warnings.map((w) => w.code)).toEqual(["joint_responsibility"]);
  });

  it("reads a deadline written inside the block, not as a unit", () => {
    const { item, warnings } = units("(责任单位:市商务局;完成时限:2024年底前)");
    expect(item).toMatchObject({ lead: ["市商务局"], support: [], dueOn: "2024-12-31" });
    expect(warnings).toEqual([]);
  });
});
