// Relative: db/schema imports this module, and drizzle-kit does not resolve the "@/" alias.
import { getEnv } from "../env";
import { daysInMonth } from "./calendar";

export const TIME_ZONE = "Asia/Shanghai";

const dateFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** China has kept UTC+8 all year since its last daylight saving time ended, in September 1991. */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 17);
const OFFSET_MS = 8 * 3_600_000;

/**
 * The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD, whatever the server's zone. Instants
 * since 1991 by arithmetic (the daily job dates hundreds of thousands of them); earlier ones by the
 * time zone database.
 */
export function shanghaiDate(instant: Date): string {
  const t = instant.getTime();
  if (t >= FIXED_OFFSET_SINCE && t < Date.UTC(10000, 0, 1)) return new Date(t + OFFSET_MS).toISOString().slice(0, 10);
  return dateFormatter.format(instant);
}

/**
 * Today as an Asia/Shanghai calendar date. The one clock of the app: `APP_TODAY` overrides it
 * for demos and tests only.
 */
export function today(now: Date = new Date()): string {
  return getEnv().APP_TODAY ?? shanghaiDate(now);
}

/**
 * The current instant on the app's one clock: the real instant, or, with `APP_TODAY`, that date at
 * the real time of day in Asia/Shanghai. Everything that stamps a date or time (acknowledged,
 * dispatched, submitted, completed, issued, audited) uses it, so a demo never records a day that is
 * not its "today". Asia/Shanghai has no daylight saving: UTC+8 all year.
 */
export function now(real: Date = new Date()): Date {
  const appToday = getEnv().APP_TODAY;
  if (!appToday) return real;
  const shanghai = new Date(real.getTime() + 8 * 3_600_000);
  const timeOfDay = shanghai.toISOString().slice(11, 23);
  return new Date(`${appToday}T${timeOfDay}+08:00`);
}

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of a YYYY-MM-DD date, in milliseconds: by arithmetic for the common form (the daily job
 * compares hundreds of thousands of dates; parsing each as text was a tenth of its time), else parsed.
 */
function utcMs(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const day = Number(date.slice(8, 10));
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
      return Date.UTC(year, month - 1, day);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

/** Adds whole days to a calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(utcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}
