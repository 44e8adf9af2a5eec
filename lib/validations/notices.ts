import { z } from "zod";
import { calendarDate } from "./dates";

export const NOTICE_LEVELS = ["reminder", "urge", "supervise"] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

const respondByDate = calendarDate("请选择有效的答复期限日期");

/** The respond-by part shared by issuing and escalating: a date, or N working days from today. */
const deadlineFields = {
  deadlineMode: z.enum(["workingDays", "date"]),
  workingDays: z.coerce.number().int("请输入整数").min(1, "至少 1 个工作日").max(60, "最多 60 个工作日").optional(),
  respondBy: z.string().optional(),
};

function checkDeadline(value: { deadlineMode: string; workingDays?: number; respondBy?: string }, ctx: z.RefinementCtx) {
  if (value.deadlineMode === "workingDays" && value.workingDays == null) {
    ctx.addIssue({ code: "custom", path: ["workingDays"], message: "请填写几个工作日内答复" });
  }
  if (value.deadlineMode === "date" && !respondByDate.safeParse(value.respondBy ?? "").success) {
    ctx.addIssue({ code: "custom", path: ["respondBy"], message: "请选择答复期限日期" });
  }
}

const reason = z.string().trim().min(1, "请写明督办事由").max(2000, "督办事由不超过 2000 字");

export const issueNoticeSchema = z
  .object({
    workItemId: z.coerce.number().int().positive(),
    departmentId: z.coerce.number({ message: "请选择责任单位" }).int().positive("请选择责任单位"),
    level: z.enum(NOTICE_LEVELS, { message: "请选择督办级别" }),
    reason,
    ...deadlineFields,
  })
  .superRefine(checkDeadline);
export type IssueNoticeInput = z.input<typeof issueNoticeSchema>;
export type IssueNoticeValues = z.output<typeof issueNoticeSchema>;

export const respondNoticeSchema = z.object({
  noticeId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  response: z.string().trim().min(1, "请填写答复内容").max(5000, "答复内容不超过 5000 字"),
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
