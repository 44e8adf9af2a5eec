import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

export const SCREEN_LABEL_MAX = 60;

/** The plan a link shows; the empty choice means every plan. */
const planChoice = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

/** A new meeting-room screen link: what the room calls it, and one plan or all. */
export const createScreenLinkSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, msg("screens.validation.labelRequired"))
    .max(SCREEN_LABEL_MAX, msg("screens.validation.labelTooLong", { max: SCREEN_LABEL_MAX })),
  planId: planChoice,
});
export type CreateScreenLinkInput = z.output<typeof createScreenLinkSchema>;

export const revokeScreenLinkSchema = z.object({ id: z.coerce.number().int().positive() });
