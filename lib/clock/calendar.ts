/**
 * Calendar arithmetic on year and month numbers: pure, with no time zone and no environment, so the
 * clock (lib/clock), the reporting periods (lib/lifecycle/periods) and the importer's date reading
 * (lib/plan-import/dates) share it, in the browser too.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
}
