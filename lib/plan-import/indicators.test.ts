import { describe, expect, it } from "vitest";
import { extractIndicators } from "./indicators";

const read = (text: string) => extractIndicators(text, 2023, "2025-12-31");
const one = (text: string) => {
  const found = read(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("indicators", () => {
  it.each([
    ["比重达65%以上", ">=", 65, "%", false],
    ["培育700家左右企业", "~", 700, "家", true],
    ["建设8个以上集聚区", ">=", 8, "个", false],
    ["物流费用占GDP比重下降至12.8%左右", "~", 12.8, "%", true],
    ["营业收入增长1倍以上", ">=", 1, "倍", false],
    ["进出口总额年均增长15%以上", ">=", 15, "%", false],
    ["会展业增加值比重不低于5%", ">=", 5, "%", false],
    ["金融业增加值占GDP比重突破10%", ">", 10, "%", false],
    ["规模以上服务业企业达2200家", "=", 2200, "家", false],
    ["制定地方标准不少于10项", ">=", 10, "项", false],
    ["单位GDP能耗不超过0.35吨", "<=", 0.35, "吨", false],
    ["城镇调查失业率控制在5.5%以内", "<=", 5.5, "%", false],
  ])("reads %s", (text, comparator, value, unit, approximate) => {
    expect(one(text)).toMatchObject({ comparator, value, unit, approximate });
  });

  it("names the metric by the phrase before the number, without the lead-in", () => {
    expect(one("力争到2025年,技术合同成交额占GDP比重达6%以上").name).toBe("技术合同成交额占GDP比重");
    expect(one("力争到2025年,生产性服务业增加值占全市服务业增加值比重达65%以上").name).toBe(
      "生产性服务业增加值占全市服务业增加值比重",
    );
  });

  it("names a counted target by its object when the number comes first", () => {
    const found = read("力争到2025年,高标准建设8个以上省级创新发展区、20个左右集聚区,新增亿元楼宇10栋左右");
    expect(found.map((i) => i.name)).toEqual(["省级创新发展区", "集聚区", "新增亿元楼宇"]);
  });

  it("ignores numbers that are names or damaged text", () => {
    expect(read("鼓励三类500企业来长投资项目")).toEqual([]);
    expect(read("将企业纳入市人才政策45支持范围")).toEqual([]);
    expect(read("发展商务服务等7大核心引领型产业集群")).toEqual([]);
    expect(read("引进世界500强企业,建设第3批示范区,推广5G应用")).toEqual([]);
    expect(read("2023年以来,全市共有12家企业上市")).toEqual([]);
  });

  it("accepts a counted target in a sentence that sets one (力争/到20xx年)", () => {
    expect(one("到2024年,建成3个国家级平台")).toMatchObject({
      value: 3,
      unit: "个",
      comparator: "=",
      name: "国家级平台",
    });
  });

  it("dates each indicator by its own sentence, else by the fallback", () => {
    const found = read("2024年底前,建成15个站点。力争建设30个以上园区");
    expect(found.map((i) => i.dueOn)).toEqual(["2024-12-31", "2025-12-31"]);
  });
});
