import { describe, expect, it } from "vitest";
import { DirectoryCsvError, directoryFromCsv, parseCsv } from "./directory-csv";
import { parsePlanText } from "./parse-plan";

const CITY_A = `名称,全称,简称,类型,别名,成员
市工业和信息化局,甲市工业和信息化局,工信局,市直,市经信局、市工信局,
市商务局,甲市商务局,商务局,市直,,
东城区人民政府,甲市东城区人民政府,东城区政府,区县,,
西城区人民政府,甲市西城区人民政府,西城区政府,区县,,
各区人民政府,,,集合,各区政府,东城区人民政府、西城区人民政府
`;

// In city B, 市经信局 is a unit of its own (经济和信息化局), not 工业和信息化局.
const CITY_B = `name,fullName,kind,aliases
市工业和信息化局,乙市工业和信息化局,municipal,市工信局
市经济和信息化局,乙市经济和信息化局,municipal,市经信局
"市商务局","乙市商务局, 口岸办",municipal,
`;

const plan = (city: string) =>
  `${city}2024年重点工作实施方案\n一、重点任务\n(一)推进制造业数字化转型。(责任单位:市经信局、市商务局、各区政府)`;

describe("a city's directory loaded from a CSV of its organs", () => {
  it("resolves 市经信局 by city A's alias, and to a different unit in city B", () => {
    const a = parsePlanText(plan("甲市"), { directory: directoryFromCsv(CITY_A, ["甲市"]) });
    expect(a.sections[0].items[0].lead).toEqual(["市工业和信息化局"]);
    expect(a.sections[0].items[0].support).toEqual(["市商务局", "东城区人民政府", "西城区人民政府"]);
    const b = parsePlanText(plan("乙市"), { directory: directoryFromCsv(CITY_B, ["乙市"]) });
    expect(b.sections[0].items[0].lead).toEqual(["市经济和信息化局"]);
  });

  it("reads quoted fields with commas", () => {
    expect(parseCsv(CITY_B)[3]).toEqual(["市商务局", "乙市商务局, 口岸办", "municipal", ""]);
  });

  it("says which line is wrong", () => {
    expect(() => directoryFromCsv("名称,类型\n市商务局,部委\n")).toThrow(
      new DirectoryCsvError("第2行的类型“部委”无法识别"),
    );
    expect(() => directoryFromCsv("类型\n市直\n")).toThrow("单位名录缺少“名称”列");
    expect(() => directoryFromCsv("名称,类型,成员\n各区人民政府,集合,东城区人民政府\n")).toThrow("不在名录中");
  });
});
