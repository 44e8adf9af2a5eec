import { z } from "zod";
import { isPeriod } from "@/lib/lifecycle/periods";

export const PROGRESS_STATUSES = ["not_started", "in_progress", "done", "blocked"] as const;
export const MIN_NARRATIVE = 5;

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不超过 ${max} 字`).nullish().transform((v) => v ?? "");

/**
 * 进展填报: saved as a draft (anything goes) or submitted (narrative required). `reportId`/`version`
 * are what the form loaded: none for a new report.
 */
export const reportSchema = z
  .object({
    workItemId: z.coerce.number().int().positive(),
    period: z.string().refine(isPeriod, "填报期次有误"),
    reportId: z.coerce.number().int().positive().nullish(),
    version: z.coerce.number().int().min(1).nullish(),
    intent: z.enum(["draft", "submit"]),
    progressStatus: z.enum(PROGRESS_STATUSES, { message: "请选择进展状态" }),
    percent: z.coerce
      .number({ message: "完成比例请填写 0–100 之间的整数" })
      .int("完成比例请填写 0–100 之间的整数")
      .min(0, "完成比例请填写 0–100 之间的整数")
      .max(100, "完成比例请填写 0–100 之间的整数"),
    narrative: z.string().trim().max(5000, "工作进展不超过 5000 字"),
    difficulties: optionalText(2000, "存在困难"),
    helpNeeded: optionalText(2000, "需协调事项"),
    readings: z
      .array(
        z.object({
          indicatorId: z.coerce.number().int().positive(),
          value: z
            .string()
            .trim()
            .refine((v) => v === "" || Number.isFinite(Number(v)), "指标数值请填写数字"),
        }),
      )
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.intent === "submit" && v.narrative.length < MIN_NARRATIVE) {
      ctx.addIssue({ code: "custom", path: ["narrative"], message: `请填写工作进展,至少 ${MIN_NARRATIVE} 个字` });
    }
  });
export type ReportInput = z.input<typeof reportSchema>;
export type ReportValues = z.output<typeof reportSchema>;

/** 审核: accept, or return with a reason. */
export const reviewSchema = z
  .object({
    reportId: z.coerce.number().int().positive(),
    version: z.coerce.number().int().min(1),
    decision: z.enum(["accept", "return"]),
    reason: z.string().trim().max(1000, "退回原因不超过 1000 字").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.reason.length < 2) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写退回原因,说明需要补充或修改的内容" });
    }
  });
export type ReviewInput = z.input<typeof reviewSchema>;
