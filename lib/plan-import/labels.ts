/**
 * The labels plans put before unit lists and person roles (form 5). One list, so the block finder,
 * the role reader and the paragraph splitter agree on what a label is.
 */

/** 牵头单位, 责任单位, 主要责任单位, 协同配合单位, 参与部门 … (always followed by a colon). */
export const UNIT_LABEL = "(?:主要)?(?:牵头|责任|协同配合|配合|参与|协办|主办|主责|承办|协同|协助)(?:单位|部门)";

/** 分管副市长, 牵头领导, 责任领导, 分管市领导, 联系领导, 责任人: people, never units. */
export const PERSON_LABEL =
  "(?:分管|牵头|责任|主管|联系|包联)?(?:副?(?:市|区|县|省)长|(?:市|区|县)?领导|负责人|责任人)";

export const ANY_LABEL = `(?:${UNIT_LABEL}|${PERSON_LABEL})`;

const LABEL_AT_START = new RegExp(`^\\s*${ANY_LABEL}\\s*:`);
const LABEL_ANYWHERE = new RegExp(`${ANY_LABEL}\\s*:`, "g");

export function startsWithLabel(text: string): boolean {
  return LABEL_AT_START.test(text);
}

/**
 * `牵头单位:市教育局  配合单位:市人社局` loses its two spaces when spaces between Chinese characters
 * are collapsed; a `;` before every label that does not follow a separator restores the split.
 */
export function separateLabels(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(LABEL_ANYWHERE)) {
    const before = text[m.index - 1];
    out += text.slice(last, m.index);
    if (m.index > 0 && !/[;,\n(:。]/.test(before)) out += ";";
    last = m.index;
  }
  return out + text.slice(last);
}
