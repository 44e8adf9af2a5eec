import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDate } from "./dates";

export const NOTICE_LEVELS = ["reminder", "urge", "supervise"] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

const respondByDate = calendarDate(msg("validation.notices.respondByInvalid"));

/** The respond-by part shared by issuing and escalating: a date, or N working days from today. */
const deadlineFields = {
  deadlineMode: z.enum(["workingDays", "date"]),
  workingDays: z.coerce
    .number()
    .int(msg("validation.notices.workingDaysInteger"))
    .min(1, msg("validation.notices.workingDaysMin", { min: 1 }))
    .max(60, msg("validation.notices.workingDaysMax", { max: 60 }))
    .optional(),
  respondBy: z.string().optional(),
};

function checkDeadline(
  value: { deadlineMode: string; workingDays?: number; respondBy?: string },
  ctx: z.RefinementCtx,
) {
  if (value.deadlineMode === "workingDays" && value.workingDays == null) {
    ctx.addIssue({ code: "custom", path: ["workingDays"], message: msg("validation.notices.workingDaysRequired") });
  }
  if (value.deadlineMode === "date" && !respondByDate.safeParse(value.respondBy ?? "").success) {
    ctx.addIssue({ code: "custom", path: ["respondBy"], message: msg("validation.notices.respondByRequired") });
  }
}

const reason = z
  .string()
  .trim()
  .min(1, msg("validation.notices.reasonRequired"))
  .max(2000, msg("validation.tooLong", { field: msg("validation.fields.noticeReason"), max: 2000 }));

export const issueNoticeSchema = z
  .object({
    workItemId: z.coerce.number().int().positive(),
    departmentId: z.coerce
      .number({ message: msg("validation.notices.departmentRequired") })
      .int()
      .positive(msg("validation.notices.departmentRequired")),
    level: z.enum(NOTICE_LEVELS, { message: msg("validation.notices.levelRequired") }),
    reason,
    ...deadlineFields,
  })
  .superRefine(checkDeadline);
export type IssueNoticeInput = z.input<typeof issueNoticeSchema>;
export type IssueNoticeValues = z.output<typeof issueNoticeSchema>;

export const respondNoticeSchema = z.object({
  noticeId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  response: z
    .string()
    .trim()
    .min(1, msg("validation.notices.responseRequired"))
    .max(5000, msg("validation.tooLong", { field: msg("validation.fields.response"), max: 5000 })),
});
export type RespondNoticeInput = z.input<typeof respondNoticeSchema>;

export const closeNoticeSchema = z.object({
  noticeId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});
export type CloseNoticeInput = z.input<typeof closeNoticeSchema>;

export const escalateNoticeSchema = z
  .object({
    noticeId: z.coerce.number().int().positive(),
    version: z.coerce.number().int().positive(),
    reason,
    ...deadlineFields,
  })
  .superRefine(checkDeadline);
export type EscalateNoticeInput = z.input<typeof escalateNoticeSchema>;
