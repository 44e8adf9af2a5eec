import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { createDepartmentResolver, departmentKey } from "./department-resolver";
import { readSeed } from "./test-helpers";
import { splitUnitNames } from "./unit-names";

const resolver = createDepartmentResolver(CHANGSHA_DIRECTORY);
const nameOf = (text: string) => {
  const r = resolver.resolve(text);
  return r.status === "department" ? r.name : r.status;
};

describe("department resolver", () => {
  it.each([
    ["市发展改革委", "市发展改革委"],
    ["市发改委", "市发展改革委"],
    ["长沙市发展和改革委员会", "市发展改革委"],
    ["市发展和改革委员会", "市发展改革委"],
    ["市人社局", "市人力资源社会保障局"],
    ["市人力资源和社会保障局", "市人力资源社会保障局"],
    ["长沙市人力资源和社会保障局", "市人力资源社会保障局"],
    ["市工信局", "市工业和信息化局"],
    ["长沙市工业和信息化局", "市工业和信息化局"],
    ["市市场监督管理局", "市市场监管局"],
    ["市文旅局", "市文旅广电局"],
    ["市文化旅游广电局", "市文旅广电局"],
    ["市金融办", "市政府金融办"],
    ["长沙市科学技术局", "市科技局"],
    ["中共长沙市委宣传部", "市委宣传部"],
    ["湘江新区管委会", "湖南湘江新区管委会"],
    ["长沙市芙蓉区人民政府", "芙蓉区人民政府"],
    ["浏阳市", "浏阳市人民政府"],
    ["长沙县政府", "长沙县人民政府"],
  ])("resolves %s to %s", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it.each(["各区县(市)人民政府", "各区县市人民政府", "各区县（市）人民政府", "各区、县(市)人民政府"])(
    "expands the collective %s to the nine governments",
    (text) => {
      const r = resolver.resolve(text);
      expect(r.status === "group" && r.members).toHaveLength(9);
    },
  );

  it("keeps an unknown name as written and marks collectives as such", () => {
    expect(resolver.resolve("市统计局")).toEqual({ status: "unknown", name: "市统计局", groupLike: false });
    expect(resolver.resolve("各有关单位")).toMatchObject({ status: "unknown", groupLike: true });
  });

  it("does not confuse 市场 with the city prefix", () => {
    expect(departmentKey("市场监管局")).toBe(departmentKey("市市场监督管理局"));
    expect(departmentKey("市场监管局")).not.toBe(departmentKey("场监管局"));
  });

  it("knows every unit the seed plan names", () => {
    const blocks = [...readSeed().matchAll(/\(责任单位:([^)]*)\)/g)].map((m) => m[1]);
    const names = new Set(blocks.flatMap(splitUnitNames));
    expect(names.size).toBe(20);
    for (const n of names) expect(resolver.resolve(n).status).not.toBe("unknown");
  });

  it("lists the 19 seed units, the city government and office, and the nine district governments", () => {
    expect(CHANGSHA_DIRECTORY.departments).toHaveLength(19 + 2 + 9);
    const names = CHANGSHA_DIRECTORY.departments.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(CHANGSHA_DIRECTORY.departments.find((d) => d.name === "市发展改革委")?.fullName).toBe(
      "长沙市发展和改革委员会",
    );
  });
});
