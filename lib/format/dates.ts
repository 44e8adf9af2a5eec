/**
 * The one way dates are shown, in every locale: calendar dates as 2026-03-16 and instants as
 * 2026-03-16 09:05, both in Asia/Shanghai whatever the server's or the browser's zone.
 * (Only the printed 督办单 keeps the official 2026年3月16日, as documents are dated.)
 */
const TIME_ZONE = "Asia/Shanghai";
const datePart = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const timePart = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: Date | string): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A calendar date (YYYY-MM-DD string, kept as is) or an instant's Shanghai date; "" for nothing. */
export function formatDate(value: Date | string | null | undefined): string {
  if (value == null || value === "") return "";
  if (typeof value === "string" && CALENDAR_DATE.test(value)) return value;
  const d = toDate(value);
  return d ? datePart.format(d) : String(value);
}

/** An instant as its Shanghai date and time to the minute; "" for nothing. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value == null || value === "") return "";
  const d = toDate(value);
  return d ? `${datePart.format(d)} ${timePart.format(d)}` : String(value);
}

/** An ISO instant as written into JSON (2026-03-16T01:05:00.000Z). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
