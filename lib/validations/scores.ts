import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import type { ScoreRules } from "@/lib/scores/rules";
import { calendarDate } from "./dates";

const points = z.coerce
  .number({ message: msg("validation.scores.points") })
  .min(0, msg("validation.scores.points"))
  .max(100, msg("validation.scores.points"));
export const NOTE_MAX = 200;

/** The 量化考核 rules form: the date they take effect, every weight and cap, and a note. */
export const scoreRulesFormSchema = z.object({
  effectiveFrom: calendarDate(),
  onTimeReports: points,
  completedOnTime: points,
  indicatorsOnTrack: points,
  overdueItemDay: points,
  overdueCap: points,
  reminder: points,
  urge: points,
  supervise: points,
  noticeCap: points,
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, msg("validation.scores.noteTooLong", { max: NOTE_MAX }))
    .optional(),
});
export type ScoreRulesForm = z.output<typeof scoreRulesFormSchema>;

/** The rules the form's fields describe. */
export function rulesOfForm(form: ScoreRulesForm): ScoreRules {
  return {
    onTimeReports: form.onTimeReports,
    completedOnTime: form.completedOnTime,
    indicatorsOnTrack: form.indicatorsOnTrack,
    overdueItemDay: form.overdueItemDay,
    overdueCap: form.overdueCap,
    notice: { reminder: form.reminder, urge: form.urge, supervise: form.supervise },
    noticeCap: form.noticeCap,
  };
}
