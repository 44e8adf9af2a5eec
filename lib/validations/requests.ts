import { z } from "zod";
import { calendarDate } from "./dates";
import { withEvidenceFiles } from "./form-data";

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message);
const version = z.coerce.number({ message: "缺少版本号,请刷新页面" }).int().min(1, "缺少版本号,请刷新页面");

/** 延期申请: the form a liaison fills on the item page. */
export const extensionRequestSchema = z.object({
  workItemId: id("缺少事项,请刷新页面"),
  version,
  requestedDueOn: calendarDate("请选择新的截止日期"),
  reason: z.string({ message: "请填写延期理由" }).trim().min(1, "请填写延期理由").max(1000, "延期理由请控制在 1000 字以内"),
});
export type ExtensionRequestInput = z.infer<typeof extensionRequestSchema>;

/** 办结申请: the fields of the form; files travel beside them in the FormData. */
export const completionRequestSchema = z.object({
  workItemId: id("缺少事项,请刷新页面"),
  version,
  summary: z.string({ message: "请填写办结情况说明" }).trim().min(1, "请填写办结情况说明").max(4000, "办结情况说明请控制在 4000 字以内"),
});
export type CompletionRequestInput = z.infer<typeof completionRequestSchema>;

/** The server side of the completion form: the same fields plus the evidence files, read from FormData. */
export const completionRequestFormSchema = withEvidenceFiles(completionRequestSchema);

/** 审批: approve, or refuse with a reason; carries the request's version. */
export const decisionSchema = z
  .object({
    requestId: id("缺少申请,请刷新页面"),
    version,
    decision: z.enum(["approve", "refuse"], { message: "请选择同意或退回" }),
    note: z.string().trim().max(1000, "意见请控制在 1000 字以内").optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "refuse" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "退回时请填写理由" });
    }
  });
export type DecisionInput = z.input<typeof decisionSchema>;

export const markReadSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).max(500).optional(),
});
