/**
 * Reporting periods: monthly "YYYY-MM", quarterly "YYYY-Qn". Pure functions on calendar dates
 * ("YYYY-MM-DD"), no time zone involved; callers pass `today()` from lib/clock.
 */
export type ReportingCycle = "monthly" | "quarterly" | "none";

const MONTHLY = /^(\d{4})-(\d{2})$/;
const QUARTERLY = /^(\d{4})-Q([1-4])$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The period a date falls in; null when the item has no reporting cycle. */
export function periodOf(date: string, cycle: ReportingCycle): string | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (cycle === "monthly") return `${year}-${pad(month)}`;
  if (cycle === "quarterly") return `${year}-Q${Math.ceil(month / 3)}`;
  return null;
}

/** Whether a string is a well-formed period of either cycle. */
export function isPeriod(value: string): boolean {
  const m = MONTHLY.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return QUARTERLY.test(value);
}

function parse(period: string): { year: number; month: number; quarterly: boolean } {
  const m = MONTHLY.exec(period);
  if (m) return { year: Number(m[1]), month: Number(m[2]), quarterly: false };
  const q = QUARTERLY.exec(period);
  if (q) return { year: Number(q[1]), month: Number(q[2]) * 3, quarterly: true };
  throw new Error(`not a period: ${period}`);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date a period's report is due: `dueDay` of the month (monthly) or of the quarter's last
 * month (quarterly), clamped to the month's length (day 31 in April → 04-30).
 */
export function periodDueOn(period: string, dueDay: number): string {
  const { year, month } = parse(period);
  const day = Math.min(Math.max(1, dueDay), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The period before the given one. */
export function previousPeriod(period: string): string {
  const { year, month, quarterly } = parse(period);
  if (quarterly) {
    const q = month / 3;
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The `count` periods before `period`, most recent first. */
export function previousPeriods(period: string, count: number): string[] {
  const out: string[] = [];
  let current = period;
  for (let i = 0; i < count; i++) {
    current = previousPeriod(current);
    out.push(current);
  }
  return out;
}

/** A Chinese label: "2024年3月", "2024年第1季度". */
export function periodLabel(period: string): string {
  const { year, month, quarterly } = parse(period);
  return quarterly ? `${year}年第${month / 3}季度` : `${year}年${month}月`;
}
