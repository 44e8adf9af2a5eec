import { normalizePunctuation } from "./text-normalize";
import type { DepartmentDirectory } from "./types";

/**
 * Matches a unit name from a plan to the department directory: exact name, alias, then a
 * normalised key that treats the usual long and short forms alike (发展和改革委员会 / 发展改革委 /
 * 发改委; 长沙市… / 市…; 人民政府 / 政府). Exported so the app can resolve names the same way when
 * an operator confirms a mapping.
 */

export type Resolution =
  | { status: "department"; name: string }
  | { status: "group"; name: string; members: string[] }
  | { status: "unknown"; name: string; groupLike: boolean };

export interface DepartmentResolver {
  resolve(text: string): Resolution;
}

// Longer forms first; each pair maps a written form to the key's short form.
const KEY_REWRITES: Array<[RegExp, string]> = [
  [/委员会/g, "委"],
  [/人民政府/g, "政府"],
  [/办公厅|办公室/g, "办"],
  [/管理委|管委会/g, "管委"],
  [/发展和?改革/g, "发改"],
  [/人力资源和?社会保障|人力社保/g, "人社"],
  [/工业和?信息化/g, "工信"],
  [/经济和?信息化/g, "经信"],
  [/科学技术/g, "科技"],
  [/市场监督管理/g, "市场监管"],
  [/文化旅游广电|文化广电和?旅游|文化和?旅游|文旅广电/g, "文旅"],
  [/住房和?城乡建设/g, "住建"],
  [/自然资源和?规划/g, "资规"],
  [/卫生和?健康/g, "卫健"],
  [/国有资产监督管理/g, "国资"],
  [/地方金融监督管理/g, "金融监管"],
  [/交通运输/g, "交通"],
];

/** The comparison key of a unit name; two names with the same key are the same unit. */
export function departmentKey(name: string, cityPrefixes: string[] = []): string {
  let key = normalizePunctuation(name)
    .replace(/[\s()、·]/g, "")
    .replace(/^中共/, "");
  for (const prefix of cityPrefixes) {
    if (key.startsWith(prefix)) {
      key = key.slice(prefix.length);
      break;
    }
  }
  // 市发改委 and 发改委 are one unit, but 市场监管局 must keep its 市 (市市场监管局 loses one).
  if (key.startsWith("市") && !(key.startsWith("市场") && !key.startsWith("市市场"))) key = key.slice(1);
  for (const [pattern, short] of KEY_REWRITES) key = key.replace(pattern, short);
  return key.replace(/(?<=[\u4e00-\u9fa5]{2})和(?=[\u4e00-\u9fa5])/g, "");
}

const GROUP_LIKE = /^各|有关|相关|成员单位|各级|各地/;

export function createDepartmentResolver(directory: DepartmentDirectory): DepartmentResolver {
  const prefixes = directory.cityPrefixes ?? [];
  const exact = new Map<string, Resolution>();
  const byKey = new Map<string, Resolution>();
  const add = (names: string[], resolution: Resolution) => {
    for (const n of names) {
      if (!n) continue;
      exact.set(normalizePunctuation(n), resolution);
      const key = departmentKey(n, prefixes);
      if (!byKey.has(key)) byKey.set(key, resolution);
    }
  };
  for (const d of directory.departments) {
    add([d.name, ...d.aliases, d.shortName, d.fullName], { status: "department", name: d.name });
  }
  for (const g of directory.groups) {
    add([g.name, ...g.aliases], { status: "group", name: g.name, members: [...g.members] });
  }
  const lookup = (clean: string) => exact.get(clean) ?? byKey.get(departmentKey(clean, prefixes));
  return {
    resolve(text: string): Resolution {
      const clean = normalizePunctuation(text).trim();
      const hit = lookup(clean);
      if (hit) return hit;
      // 市交通委(市道运局): the unit under either of its names (form 7).
      const aka = /^(.+?)\(([^()]+)\)$/.exec(clean);
      const akaHit = aka ? (lookup(aka[1]) ?? lookup(aka[2])) : undefined;
      if (akaHit) return akaHit;
      // A bare place name in a unit list means its government: 浏阳市 → 浏阳市人民政府.
      const key = departmentKey(clean, prefixes);
      if (/(区|县|市|旗)$/.test(key)) {
        const government = byKey.get(`${key}政府`);
        if (government) return government;
      }
      return { status: "unknown", name: clean, groupLike: GROUP_LIKE.test(clean) };
    },
  };
}
