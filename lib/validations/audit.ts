import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDate } from "./dates";

const optionalId = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);
const optionalDate = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  calendarDate(msg("validation.date.invalidIso")).optional(),
);

/** The audit viewer's filters, read from search params by the page and the CSV export. */
export const auditFiltersSchema = z.object({
  planId: optionalId,
  workItemId: optionalId,
  departmentId: optionalId,
  actorId: optionalId,
  action: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.string().max(100).optional()),
  from: optionalDate,
  to: optionalDate,
  /** "security": sign-ins, lockouts, account and role changes, department changes, exports. */
  category: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.enum(["security"], { message: msg("validation.audit.unknownCategory") }).optional(),
  ),
  /** A checkbox: any value shows sign-in and sign-out records too. */
  signIns: z.preprocess(
    (v) => (v === "" || v == null || v === "0" || v === false ? undefined : true),
    z.literal(true).optional(),
  ),
  page: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().positive().optional()),
});
export type AuditFiltersInput = z.output<typeof auditFiltersSchema>;
