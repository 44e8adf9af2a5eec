import { endOfMonth, isValidDate, isoDate } from "./dates";

/**
 * Deadlines written in plan text: 力争到2025年 → 2025-12-31, 2024年底前 → 2024-12-31,
 * 2023年6月底前 → 2023-06-30, (2024年)第一季度 → 03-31, 持续推进/长期坚持 → ongoing.
 */

export interface DeadlineContext {
  /** Year for a bare 第一季度 / 年底前 when the text names none (the plan's first year). */
  planYear: number | null;
  /** Due date when the text gives none (the plan period's end). */
  fallback: string | null;
}

export interface Deadline {
  dueOn: string | null;
  ongoing: boolean;
}

const YEAR_PHRASE =
  /(到|至|于|截至)?\s*(20\d\d)\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?|第?([一二三四1-4])\s*季度|(上半年|下半年))?\s*(底|末)?\s*(前|之前|以前|止|内)?/g;
const BARE_QUARTER = /(?<![年\d第])第?([一二三四])季度(?:末|底)?(?:前)?/g;
const BARE_YEAR_END = /(?<![\d年])(年底|年末)前?/g;
const ONGOING = /持续推进|长期坚持|长期推进|常态化推进|长期开展|长期任务|持续实施中|长期有效/;

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function phraseDate(m: RegExpExecArray): string | null {
  const [, prefix, yearText, monthText, dayText, quarter, half, endWord, before] = m;
  const year = Number(yearText);
  // 于2023年7月12日召开 is an event, not a deadline; 到/截至 a date or a date …前 is one.
  const isDeadline = dayText
    ? Boolean((prefix && prefix !== "于") || before)
    : Boolean(prefix || endWord || before || quarter || half);
  if (!isDeadline) return null;
  if (dayText && monthText) {
    const [month, day] = [Number(monthText), Number(dayText)];
    return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
  }
  if (monthText) {
    const month = Number(monthText);
    return month >= 1 && month <= 12 ? endOfMonth(year, month) : null;
  }
  if (quarter) return endOfMonth(year, QUARTER[quarter] * 3);
  if (half) return half === "上半年" ? isoDate(year, 6, 30) : isoDate(year, 12, 31);
  return isoDate(year, 12, 31);
}

export interface DeadlineMatch {
  date: string;
  /** The words the date was read from, e.g. 2024年6月底前. */
  text: string;
}

/** Every explicit deadline in the text with the words it was read from: year phrases first, then bare quarters and 年底. */
export function findDeadlineMatches(text: string, planYear: number | null): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  let lastYear = planYear;
  for (const m of text.matchAll(YEAR_PHRASE)) {
    lastYear = Number(m[2]);
    const date = phraseDate(m);
    if (date) found.push({ date, text: m[0].trim() });
  }
  const year = lastYear ?? planYear;
  if (year !== null) {
    for (const m of text.matchAll(BARE_QUARTER)) found.push({ date: endOfMonth(year, QUARTER[m[1]] * 3), text: m[0] });
    for (const m of text.matchAll(BARE_YEAR_END)) found.push({ date: isoDate(year, 12, 31), text: m[0] });
  }
  return found;
}

/** Every explicit deadline in the text, in order of appearance. */
export function findDeadlineDates(text: string, planYear: number | null): string[] {
  return findDeadlineMatches(text, planYear).map((m) => m.date);
}

/** The item's deadline and the words it was read from (null when it is the fallback or there is none). */
export function readDeadline(text: string, context: DeadlineContext): Deadline & { phrase: string | null } {
  const ongoing = ONGOING.test(text);
  let latest: DeadlineMatch | null = null;
  for (const m of findDeadlineMatches(text, context.planYear)) if (!latest || m.date > latest.date) latest = m;
  return { dueOn: latest?.date ?? (ongoing ? null : context.fallback), ongoing, phrase: latest?.text ?? null };
}

/** The item's deadline: the latest explicit one; else none when ongoing; else the plan period's end. */
export function findDeadline(text: string, context: DeadlineContext): Deadline {
  const { dueOn, ongoing } = readDeadline(text, context);
  return { dueOn, ongoing };
}
