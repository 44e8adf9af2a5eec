/** Pure layout of the 挂图作战 chart: calendar days to x positions and the axis's month ticks. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (YYYY-MM-DD), no time zone involved. */
export function dayNumber(date: string): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS,
  );
}

/** The chart's days: at least a month wide, so one item alone still gets a visible bar. */
export function scaleOf(range: { start: string; end: string }, x0: number, x1: number) {
  const first = dayNumber(range.start);
  const last = Math.max(dayNumber(range.end), first + 30);
  return (date: string) =>
    x0 + ((Math.min(Math.max(dayNumber(date), first), last) - first) / (last - first)) * (x1 - x0);
}

/**
 * The first days of the months the range covers; beyond two years only quarters, beyond five only
 * years, so the labels never crowd each other.
 */
export function monthTicks(range: { start: string; end: string }): string[] {
  let year = Number(range.start.slice(0, 4));
  let month = Number(range.start.slice(5, 7));
  const endYear = Number(range.end.slice(0, 4));
  const endMonth = Number(range.end.slice(5, 7));
  const months = (endYear - year) * 12 + endMonth - month;
  const every = months > 60 ? 12 : months > 24 ? 3 : 1;
  const out: string[] = [];
  for (let guard = 0; guard < 1200 && (year < endYear || (year === endYear && month <= endMonth)); guard++) {
    if ((month - 1) % every === 0) out.push(`${year}-${String(month).padStart(2, "0")}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out.filter((d) => d >= range.start);
}
