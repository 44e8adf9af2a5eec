import { daysInMonth } from "../clock/calendar";
import { parseChineseDigits, parseChineseNumber } from "./numerals";

/** Calendar-date helpers; all dates are "YYYY-MM-DD" strings so no time zone can shift them. */

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** 有效期N年 from 2023-08-01 runs to 2026-07-31: add the years, step back one day. */
export function addYearsMinusOneDay(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const end = new Date(Date.UTC(y + years, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

export interface DateReading {
  date: string | null;
  /** Set when the text had lost its 年/月/日 and we rebuilt it; ambiguous readings give date null. */
  repaired: boolean;
  ambiguous: boolean;
}

const FULL_DATE =
  /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日?$/;
const DASHED_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
// Extraction often drops 年 and 月 (2023712, 202381日); digits only, at most 8.
const GLUED_DATE = /^((?:19|20)\d{2})(\d{2,4})日?$/;

/** Reads one date expression: 2023年7月12日, 二〇二三年七月十二日, 2023-07-12, or damaged 2023712 / 202381日. */
export function readDate(text: string): DateReading {
  const none: DateReading = { date: null, repaired: false, ambiguous: false };
  const full = FULL_DATE.exec(text) ?? DASHED_DATE.exec(text);
  if (full) {
    const [y, m, d] = [parseChineseDigits(full[1]), parseChineseNumber(full[2]), parseChineseNumber(full[3])];
    if (y === null || m === null || d === null || !isValidDate(y, m, d)) return none;
    return { date: isoDate(y, m, d), repaired: false, ambiguous: false };
  }
  const glued = GLUED_DATE.exec(text);
  if (!glued) return none;
  const year = Number(glued[1]);
  const rest = glued[2];
  const candidates: string[] = [];
  for (let cut = 1; cut < rest.length; cut++) {
    const monthText = rest.slice(0, cut);
    const dayText = rest.slice(cut);
    if (monthText.length > 2 || dayText.length > 2) continue;
    const [m, d] = [Number(monthText), Number(dayText)];
    if (isValidDate(year, m, d)) candidates.push(isoDate(year, m, d));
  }
  const unique = [...new Set(candidates)];
  if (unique.length === 1) return { date: unique[0], repaired: true, ambiguous: false };
  return { date: null, repaired: unique.length > 1, ambiguous: unique.length > 1 };
}

/** A date-looking token inside running text, e.g. after 自 … 起施行. */
export const DATE_TOKEN =
  "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\\d{4}-\\d{1,2}-\\d{1,2}|(?:19|20)\\d{4,6}日?)";
