import chineseDays from "chinese-days";

/**
 * Working-day maths on Asia/Shanghai calendar dates ("YYYY-MM-DD"), using the public-holiday and
 * adjusted-workday (调休) calendar maintained in the `chinese-days` package. Years the package does
 * not cover yet fall back to Monday–Friday.
 */

/** Whether the date is a working day in mainland China (weekends and holidays off, 调休 days on). */
export function isWorkingDay(date: string): boolean {
  return chineseDays.isWorkday(date);
}

/**
 * The date `n` working days after `from` ("respond within 5 working days" issued on `from`).
 * `from` itself does not count; n = 0 gives `from` or, when it is a day off, the next working day.
 */
export function addWorkingDays(from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a non-negative integer");
  return chineseDays.findWorkday(n, from);
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  return chineseDays.getWorkdaysInRange(from, to).filter((d) => d !== from).length;
}
