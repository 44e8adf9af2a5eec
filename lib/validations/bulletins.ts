import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { isPeriod } from "@/lib/lifecycle/periods";

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
export const BULLETIN_TITLE_MAX = 200;
export const BULLETIN_TEXT_MAX = 5000;

const text = (max: number) => z.string().trim().max(max, msg("bulletins.errors.tooLong", { max }));

/** The generate form: a month (2026-03) or a quarter (2026-Q1). */
export const generateBulletinSchema = z.object({
  period: z.string().refine(isPeriod, msg("bulletins.errors.period")),
});
export type GenerateBulletinInput = z.output<typeof generateBulletinSchema>;

/** The draft's wording, with the version it was read at. */
export const editBulletinSchema = z.object({
  id,
  version,
  title: text(BULLETIN_TITLE_MAX).min(1, msg("bulletins.errors.titleRequired")),
  summary: text(BULLETIN_TEXT_MAX),
  goodPractice: text(BULLETIN_TEXT_MAX),
});
export type EditBulletinInput = z.output<typeof editBulletinSchema>;

export const publishBulletinSchema = z.object({ id, version });

/** A bulletin's id in a route (`/api/bulletins/[id]/docx`). */
export const bulletinIdSchema = z.object({ id });
