import type { Department, DepartmentDirectory } from "../types";

/** Test-only: a made-up city (示范市) whose directory the form documents are written against. */

const d = (name: string, aliases: string[] = []): Department => ({
  name,
  shortName: "",
  fullName: "",
  kind: "municipal",
  aliases,
});

export const DISTRICT_GOVERNMENTS = ["东城区人民政府", "西城区人民政府", "南湖区人民政府"];

export const TEST_CITY: DepartmentDirectory = {
  cityPrefixes: ["示范市"],
  departments: [
    d("市发展改革委", ["市发改委"]),
    d("市工业和信息化局", ["市工信局"]),
    d("市商务局"),
    d("市科技局"),
    d("市人力资源社会保障局", ["市人社局"]),
    d("市交通运输局"),
    d("市道路运输管理局", ["市道运局"]),
    d("市交通委"),
    d("市财政局"),
    d("市教育局"),
    d("区人社局"),
    d("区商务局"),
    d("市委组织部"),
    ...DISTRICT_GOVERNMENTS.map((n) => d(n)),
  ],
  groups: [{ name: "各区人民政府", aliases: ["各区政府"], members: DISTRICT_GOVERNMENTS }],
};

/** Wraps a body in the head of a plan, as the documents are issued. */
export function planOf(body: string): string {
  return `示范市2024年重点工作实施方案\n示政办发〔2024〕8号\n一、重点任务\n${body}`;
}
