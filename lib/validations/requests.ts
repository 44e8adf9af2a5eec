import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { calendarDate } from "./dates";
import { withEvidenceFiles } from "./form-data";

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message);
const versionMissing = msg("validation.requests.versionMissing");
const version = z.coerce.number({ message: versionMissing }).int().min(1, versionMissing);

/** 延期申请: the form a liaison fills on the item page. */
export const extensionRequestSchema = z.object({
  workItemId: id(msg("validation.requests.itemMissing")),
  version,
  requestedDueOn: calendarDate(msg("validation.requests.newDueOnRequired")),
  reason: z
    .string({ message: msg("validation.requests.extensionReasonRequired") })
    .trim()
    .min(1, msg("validation.requests.extensionReasonRequired"))
    .max(1000, msg("validation.keepWithin", { field: msg("validation.fields.extensionReason"), max: 1000 })),
});
export type ExtensionRequestInput = z.infer<typeof extensionRequestSchema>;

/** 办结申请: the fields of the form; files travel beside them in the FormData. */
export const completionRequestSchema = z.object({
  workItemId: id(msg("validation.requests.itemMissing")),
  version,
  summary: z
    .string({ message: msg("validation.requests.summaryRequired") })
    .trim()
    .min(1, msg("validation.requests.summaryRequired"))
    .max(4000, msg("validation.keepWithin", { field: msg("validation.fields.completionSummary"), max: 4000 })),
});
export type CompletionRequestInput = z.infer<typeof completionRequestSchema>;

/** The server side of the completion form: the same fields plus the evidence files, read from FormData. */
export const completionRequestFormSchema = withEvidenceFiles(completionRequestSchema);

/** 审批: approve, or refuse with a reason; carries the request's version. */
export const decisionSchema = z
  .object({
    requestId: id(msg("validation.requests.requestMissing")),
    version,
    decision: z.enum(["approve", "refuse"], { message: msg("validation.requests.decisionRequired") }),
    note: z
      .string()
      .trim()
      .max(1000, msg("validation.keepWithin", { field: msg("validation.fields.opinion"), max: 1000 }))
      .optional()
      .default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "refuse" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: msg("validation.requests.refuseNoteRequired") });
    }
  });
export type DecisionInput = z.input<typeof decisionSchema>;

export const markReadSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).max(500).optional(),
});
