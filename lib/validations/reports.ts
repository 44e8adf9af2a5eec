import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { isPeriod } from "@/lib/lifecycle/periods";

export const PROGRESS_STATUSES = ["not_started", "in_progress", "done", "blocked"] as const;
export const MIN_NARRATIVE = 5;

const percentMessage = msg("validation.reports.percentRange", { min: 0, max: 100 });

/** An optional text of at most `max` characters; `field` is the message ref of its label. */
const optionalText = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, msg("validation.tooLong", { field, max }))
    .nullish()
    .transform((v) => v ?? "");

/**
 * 进展填报: saved as a draft (anything goes) or submitted (narrative required). `reportId`/`version`
 * are what the form loaded: none for a new report.
 */
export const reportSchema = z
  .object({
    workItemId: z.coerce.number().int().positive(),
    period: z.string().refine(isPeriod, msg("validation.reports.periodInvalid")),
    reportId: z.coerce.number().int().positive().nullish(),
    version: z.coerce.number().int().min(1).nullish(),
    intent: z.enum(["draft", "submit"]),
    progressStatus: z.enum(PROGRESS_STATUSES, { message: msg("validation.reports.statusRequired") }),
    percent: z.coerce
      .number({ message: percentMessage })
      .int(percentMessage)
      .min(0, percentMessage)
      .max(100, percentMessage),
    narrative: z
      .string()
      .trim()
      .max(5000, msg("validation.tooLong", { field: msg("validation.fields.narrative"), max: 5000 })),
    difficulties: optionalText(2000, msg("validation.fields.difficulties")),
    helpNeeded: optionalText(2000, msg("validation.fields.helpNeeded")),
    readings: z
      .array(
        z.object({
          indicatorId: z.coerce.number().int().positive(),
          value: z
            .string()
            .trim()
            .refine((v) => v === "" || Number.isFinite(Number(v)), msg("validation.reports.readingNumber")),
        }),
      )
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.intent === "submit" && v.narrative.length < MIN_NARRATIVE) {
      ctx.addIssue({
        code: "custom",
        path: ["narrative"],
        message: msg("validation.reports.narrativeRequired", { min: MIN_NARRATIVE }),
      });
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
    reason: z
      .string()
      .trim()
      .max(1000, msg("validation.tooLong", { field: msg("validation.fields.returnReason"), max: 1000 }))
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.reason.length < 2) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: msg("validation.reports.returnReasonRequired") });
    }
  });
export type ReviewInput = z.input<typeof reviewSchema>;
