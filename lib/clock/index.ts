import { getEnv } from "@/lib/env";

export const TIME_ZONE = "Asia/Shanghai";

const dateFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD, whatever the server's zone. */
export function shanghaiDate(instant: Date): string {
  return dateFormatter.format(instant);
}

/**
 * Today as an Asia/Shanghai calendar date. The one clock of the app: `APP_TODAY` overrides it
 * for demos and tests only.
 */
export function today(now: Date = new Date()): string {
  return getEnv().APP_TODAY ?? shanghaiDate(now);
}

/** Adds whole days to a calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
