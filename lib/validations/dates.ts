import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** A calendar date field (YYYY-MM-DD, a day that exists), with the form's own message (a message ref). */
export function calendarDate(message = msg("validation.date.invalidWithExample")) {
  return z.string({ message }).refine(isCalendarDate, message);
}
