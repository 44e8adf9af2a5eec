import { findClosingBracket } from "./brackets";
import { ANY_LABEL, separateLabels } from "./labels";

/**
 * Finds the responsibility blocks of an item: `(责任单位:…)`, `(市商务局牵头,市发展改革委配合)`,
 * or trailing `牵头单位:…` / `责任单位:…` lines. Returns the text with the blocks removed.
 */

export interface UnitBlock {
  content: string;
  /** The block never closed: the text was cut off, so its last name may be partial. */
  truncated: boolean;
}

const LABEL = ANY_LABEL;
const LABELLED = new RegExp(`^\\s*${LABEL}\\s*:`);
const ROLE_ENDING = /(?:牵头|配合|参与|协助|协办|负责|落实)$/;
const JOINT_OR_EACH = /分别牵头|共同牵头|按职责分工|分工负责|共同负责/;
const UNIT_START = /^(?:由)?(?:市|区|县|省|州|各|中共|[\u4e00-\u9fa5]{2,6}(?:市|区|县|省|州|新区))/;
// Trailing `牵头单位:…` lines, written after the item paragraph instead of in brackets.
const TRAILING_LABELS = new RegExp(`(?:^|(?<=[\\n。;,]))\\s*(${LABEL}\\s*:[\\s\\S]*)$`);

// A bare list of organ names, (市商务局、市财政局): every name ends like an organ does.
const ORGAN_NAME =
  /^(?:由)?[\u4e00-\u9fa5]{1,20}?(?:\([\u4e00-\u9fa5、]{1,12}\))?(?:局|委|办|厅|部|人民政府|政府|管委会|中心|院|公司|集团|总工会|团委|妇联|工商联|科协|税务局|支行|分行)$/;

function isBareUnitList(trimmed: string): boolean {
  const names = trimmed.split(/[、,]/);
  return names.length > 0 && names.every((n) => ORGAN_NAME.test(n.replace(/等$/, "")));
}

export function isUnitBlockContent(content: string): boolean {
  if (LABELLED.test(content)) return true;
  const trimmed = content.replace(/[。.\s,;、]+$/, "");
  if (trimmed.length > 300 || trimmed.includes("。")) return false;
  if (!UNIT_START.test(trimmed)) return false;
  return ROLE_ENDING.test(trimmed) || JOINT_OR_EACH.test(trimmed) || isBareUnitList(trimmed);
}

/** 〔责任单位:…〕 and [责任单位:…] are the same blocks in other bracket styles (form 7). */
export function normalizeBlockBrackets(text: string): string {
  return text.replace(/〔([^〔〕]*)〕|\[([^[\]]*)\]/g, (whole, a: string | undefined, b: string | undefined) => {
    const content = a ?? b ?? "";
    return isUnitBlockContent(content) ? `(${content})` : whole;
  });
}

function takeBracketBlocks(text: string, blocks: UnitBlock[]): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "(") {
      out += text[i++];
      continue;
    }
    const close = findClosingBracket(text, i);
    const content = text.slice(i + 1, close === -1 ? text.length : close);
    if (isUnitBlockContent(content)) {
      blocks.push({ content: content.trim(), truncated: close === -1 });
      i = close === -1 ? text.length : close + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

function takeTrailingLabels(text: string, blocks: UnitBlock[]): string {
  const match = TRAILING_LABELS.exec(text);
  if (!match) return text;
  // Only the labelled lines are units; any other line after them (完成时限:…, prose) stays in the text.
  const segments = match[1].split(/(?<=[。\n])/);
  const unitLines = segments.filter((s) => LABELLED.test(s));
  const otherLines = segments.filter((s) => !unitLines.includes(s));
  const content = unitLines.map((s) => separateLabels(s.replace(/[\s。;,]+$/, ""))).join(";");
  blocks.push({ content, truncated: false });
  return [text.slice(0, match.index), ...otherLines].join("\n");
}

export function extractUnitBlocks(text: string): { text: string; blocks: UnitBlock[] } {
  const blocks: UnitBlock[] = [];
  let rest = takeBracketBlocks(normalizeBlockBrackets(text), blocks);
  rest = takeTrailingLabels(rest, blocks);
  const cleaned = rest
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .replace(/[,;、]+(?=[。\n]|$)/g, "")
    .trim();
  return { text: cleaned, blocks };
}
