/** Chinese numerals as they appear in outlines (一、 (十二)) and dates (二〇二三年七月十二日). */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses 一…九十九 (with 十/百) or arabic digits; returns null when the text is not a number. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[ch];
  }
  return total + current;
}

/** Digit-by-digit reading used for years: 二〇二三 → 2023. */
export function parseChineseDigits(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return null;
  return Number([...text].map((ch) => DIGITS[ch]).join(""));
}

const NUMERALS = "一二三四五六七八九十";

/** 1 → 一, 12 → 十二; used for codes of sections built from tables. */
export function toChineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? "十" : NUMERALS[n - 1];
  if (n < 20) return "十" + NUMERALS[(n % 10) - 1];
  const tens = NUMERALS[Math.floor(n / 10) - 1] + "十";
  return n % 10 === 0 ? tens : tens + NUMERALS[(n % 10) - 1];
}
