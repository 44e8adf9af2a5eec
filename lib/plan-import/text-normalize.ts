/**
 * Text clean-up before parsing. Chinese documents mix full-width and half-width punctuation
 * (and extraction from web pages or PDFs mixes them further), so every rule downstream works on
 * one canonical form: half-width brackets, colons, semicolons and commas; 、 and 。 stay as they are.
 */

const CHAR_MAP: Record<string, string> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "；": ";",
  "，": ",",
  "　": " ",
  "．": ".",
  "％": "%",
  "～": "~",
  "﹪": "%",
};

/** Full-width ASCII (digits, latin) to half-width, plus the punctuation map above. */
export function normalizePunctuation(text: string): string {
  let out = "";
  for (const ch of text) {
    const mapped = CHAR_MAP[ch];
    if (mapped !== undefined) out += mapped;
    else {
      const code = ch.charCodeAt(0);
      out += code >= 0xff10 && code <= 0xff5a ? String.fromCharCode(code - 0xfee0) : ch;
    }
  }
  return out;
}

/**
 * Spaces between CJK characters, digits and brackets are layout artefacts (web pages, PDFs),
 * never meaningful in Chinese; spaces between latin words are kept.
 */
export function collapseSpaces(line: string): string {
  return line
    .replace(/[\t\u00a0\u2002\u2003\u200b]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef()《》〔〕—:;,、。])/g, "")
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef()《》〔〕—:;,、。]) /g, "")
    .trim();
}

// Page chrome from government web pages and PDF exports; matched against a whole line.
const NOISE_PATTERNS: RegExp[] = [
  // Labels need their colon, so body text that starts with 来源… or 关闭… is never dropped.
  /^(发布时间|发布日期|来源|信息来源|浏览次数|访问量|点击数|阅读次数|索引号|主题分类|发文机关|成文日期|公开方式|公开范围|有效性|文件状态|发布机构|发文字号)\s*:/,
  /^(字体大小|字号\s*[:大]|分享到)/,
  /^(?:[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部)[】\]]?)+$/,
  /扫一扫|手机打开|当前页|相关附件|附件下载|收藏本页|【字体/,
  /\.(pdf|docx?|wps|ofd|xlsx?)$/i,
  /^[-—–_\s]*(第\s*)?\d{1,3}\s*(页)?[-—–_\s]*(\/\s*\d{1,3})?$/,
  /^\((此件|本件)[^)]*\)$/,
  /^-\s*\d+\s*-$/,
  /^(?:第\d+页(?:共\d+页)?|共\d+页第\d+页|Page \d+(?: of \d+)?)$/i,
];

export function isNoiseLine(line: string): boolean {
  return NOISE_PATTERNS.some((re) => re.test(line));
}

/** Canonical lines: punctuation normalised, spaces collapsed, empty lines dropped (noise kept; callers decide). */
export function toCanonicalLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => collapseSpaces(normalizePunctuation(line)))
    .filter((line) => line.length > 0);
}
