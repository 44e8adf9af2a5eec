/**
 * Reporting periods, the one module for them: monthly "YYYY-MM", quarterly "YYYY-Qn". Pure functions
 * on calendar dates ("YYYY-MM-DD"), no time zone involved; callers pass `today()` from lib/clock.
 * Which periods an item owes (`requiredPeriods`) is here too; lib/health re-exports it.
 */
import { daysInMonth } from "../clock/calendar";

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

/**
 * The date a period's report is due: `dueDay` of the month (monthly) or of the quarter's last
 * month (quarterly), clamped to the month's length (day 31 in April → 04-30).
 */
export function periodDueOn(period: string, dueDay: number): string {
  const { year, month } = parse(period);
  const day = Math.min(Math.max(1, dueDay), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A period's first and last day: 2026-03 → 2026-03-01..2026-03-31, 2026-Q1 → 2026-01-01..2026-03-31. */
export function periodSpan(period: string): { start: string; end: string } {
  const { year, month, quarterly } = parse(period);
  const first = quarterly ? month - 2 : month;
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
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

/** The period after the given one. */
export function nextPeriod(period: string): string {
  const { year, month, quarterly } = parse(period);
  if (quarterly) {
    const q = month / 3;
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
}

export interface RequiredPeriod {
  period: string;
  dueOn: string;
}

/**
 * Reports an item owes: from the first period whose due date falls after dispatch, through the
 * last one due on or before `until` (and not after the item's own due date, when it has one).
 */
export function requiredPeriods(input: {
  cycle: ReportingCycle;
  reportDueDay: number;
  dispatchedOn: string | null;
  until: string;
  itemDueOn?: string | null;
}): RequiredPeriod[] {
  const { cycle, reportDueDay, dispatchedOn, until, itemDueOn } = input;
  if (cycle === "none" || !dispatchedOn) return [];
  // Reports due after the item's own deadline are not asked for; the overdue rule covers that time.
  const last = itemDueOn && itemDueOn < until ? itemDueOn : until;
  const out: RequiredPeriod[] = [];
  let period = periodOf(dispatchedOn, cycle)!;
  for (let guard = 0; guard < 1000; guard += 1) {
    const dueOn = periodDueOn(period, reportDueDay);
    if (dueOn > last) break;
    if (dueOn > dispatchedOn) out.push({ period, dueOn });
    period = nextPeriod(period);
  }
  return out;
}

/** What renders a period's label in the reader's language: the `common.period` messages' translator. */
export type PeriodTranslator = (
  key: "monthly" | "quarterly",
  values: { year: number; month?: number; quarter?: number },
) => string;

/** A period's label in the reader's language ("2024年3月", "March 2024"); the words live in the messages. */
export function periodLabel(period: string, t: PeriodTranslator): string {
  const { year, month, quarterly } = parse(period);
  return quarterly ? t("quarterly", { year, quarter: month / 3 }) : t("monthly", { year, month });
}
