import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

/** Shared by the revision page and its two server actions (compare, then apply what was accepted). */

const planId = z.coerce.number().int().positive();
const revisedText = z
  .string({ message: msg("revisions.validation.textRequired") })
  .max(2_000_000, msg("validation.plans.textTooLong"))
  .refine((text) => text.trim().length > 0, msg("revisions.validation.textRequired"));

export const compareRevisionSchema = z.object({ planId, text: revisedText });
export type CompareRevisionInput = z.input<typeof compareRevisionSchema>;

export const applyRevisionSchema = z.object({
  planId,
  text: revisedText,
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, msg("revisions.validation.fingerprint")),
  accepted: z
    .array(z.string().regex(/^(added|removed|reworded|units|deadline|indicators):[pr]\d+$/))
    .min(1, msg("revisions.validation.noneAccepted"))
    .max(5000),
});
export type ApplyRevisionInput = z.input<typeof applyRevisionSchema>;
