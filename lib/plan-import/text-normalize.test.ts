import { describe, expect, it } from "vitest";
import { isNoiseLine, toCanonicalLines } from "./text-normalize";

describe("text normalisation", () => {
  it("unifies full-width punctuation and drops layout spaces between CJK characters", () => {
    expect(toCanonicalLines("（一）到２０２５年，比重达６５％以上 。\r\n\r\n行动计划 (2023—2025 年)")).toEqual([
      "(一)到2025年,比重达65%以上。",
      "行动计划(2023—2025年)",
    ]);
  });

  it.each([
    "发布时间:2023-07-23来源:长沙市人民政府办公厅字体大小:",
    "扫一扫在手机打开当前页",
    "长政办发〔2023〕24号.pdf",
    "打印本页关闭窗口",
    "【打印】【关闭】",
    "— 3 —",
    "第2页共5页",
    "(此件主动公开)",
  ])("treats %s as page chrome", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each(["关闭一批落后产能企业。", "来源广泛的数据资源得到整合", "2023712", "打印机租赁服务"])(
    "keeps body text %s",
    (line) => {
      expect(isNoiseLine(line)).toBe(false);
    },
  );
});
