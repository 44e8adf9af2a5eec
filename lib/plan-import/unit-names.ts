import { splitOutsideBrackets, trimUnbalanced } from "./brackets";

/** Turns a unit list such as `黄埔区、天河区人民政府等` into clean unit names. */

const ORG_END = "(?:局|委|办|厅|部|府|会|院|室|中心|馆|所|队|处|站|行|司|团|社|联|区|县|市)";
// 和/及/与 join two units only right after a unit-looking ending; 工业和信息化局 must stay whole.
const CONJUNCTION = new RegExp(`(?<=${ORG_END})(?:以及|及|和|与)(?=[\\u4e00-\\u9fa5])`, "g");
const TRAILING_WORDS =
  /(?:等(?:有关|相关)?(?:单位|部门)?|按职责分工负责|按职责分工|按职责负责|分工负责|共同负责|分别牵头|共同牵头|牵头负责|牵头|配合|参与|协助|协办|负责落实|负责|落实)+$/;
const LEADING_WORDS = /^(?:由|请|各有关单位:)/;
const BARE_PLACE = /^[\u4e00-\u9fa5]{1,8}(?:区|县|市|旗|镇|乡|街道)$/;
const SUFFIXED_PLACE = /^[\u4e00-\u9fa5]{1,8}(?:区|县|市|旗|镇|乡|街道)(人民政府|政府|管委会|管理委员会)$/;
// What is left of a cut-off list: a lone administrative character or a dangling word.
const FRAGMENT = /^(?:市|区|县|省|州|镇|乡|各|等|及|和|与|有关|相关)$/;

export function cleanUnitName(raw: string): string {
  let name = trimUnbalanced(raw.trim()).replace(LEADING_WORDS, "");
  name = name
    .replace(TRAILING_WORDS, "")
    .replace(/[。.:,;、\s]+$/, "")
    .trim();
  return name;
}

export function isUsableUnitName(name: string): boolean {
  return name.length >= 2 && !FRAGMENT.test(name) && /[\u4e00-\u9fa5A-Za-z]/.test(name);
}

/** 黄埔区、天河区人民政府 lists two governments: the suffix is written once for the run of places. */
function shareSuffixes(names: string[]): string[] {
  const out = [...names];
  for (let i = out.length - 1; i >= 0; i--) {
    const suffix = SUFFIXED_PLACE.exec(out[i])?.[1];
    if (!suffix) continue;
    for (let j = i - 1; j >= 0 && BARE_PLACE.test(out[j]); j--) out[j] += suffix;
  }
  return out;
}

// `A、B等各行业、招商主管部门`: after 等 comes one collective, whose own 、 does not split it (form 7).
const COLLECTIVE_AFTER_ETC = /^([\s\S]*?[^、,])等((?:各|有关|相关)[\s\S]{2,})$/;

export function splitUnitNames(list: string): string[] {
  const collective = COLLECTIVE_AFTER_ETC.exec(list);
  if (collective) {
    const tail = cleanUnitName(collective[2]);
    return [...splitUnitNames(collective[1]), ...(isUsableUnitName(tail) ? [tail] : [])];
  }
  const prepared = list.replace(CONJUNCTION, "、");
  const names = splitOutsideBrackets(prepared, "、,;/ ").map(cleanUnitName).filter(isUsableUnitName);
  return shareSuffixes(names);
}
