import { z } from "zod";

/**
 * 量化考核: the rule set the secretariat configures. A department's score for a month or quarter is
 * the points of three rates (reports on time, items completed on time, indicators on track), each
 * worth its weight when the rate is whole (or when nothing of its kind fell in the period), less
 * two deductions, each up to its cap: overdue item-days and supervision notices by level.
 */
export interface ScoreRules {
  /** Points for filing every report due in the period by its due date. */
  onTimeReports: number;
  /** Points for completing on time every item completed in the period. */
  completedOnTime: number;
  /** Points for every reported indicator meeting its target. */
  indicatorsOnTrack: number;
  /** Deducted per day an item the department leads was overdue in the period, up to the cap. */
  overdueItemDay: number;
  overdueCap: number;
  /** Deducted per notice issued to the department in the period, by level, up to the cap. */
  notice: { reminder: number; urge: number; supervise: number };
  noticeCap: number;
}

export const DEFAULT_SCORE_RULES: ScoreRules = {
  onTimeReports: 50,
  completedOnTime: 30,
  indicatorsOnTrack: 20,
  overdueItemDay: 0.2,
  overdueCap: 30,
  notice: { reminder: 1, urge: 3, supervise: 5 },
  noticeCap: 20,
};

const points = z.number().min(0).max(100);
export const scoreRulesSchema = z.object({
  onTimeReports: points,
  completedOnTime: points,
  indicatorsOnTrack: points,
  overdueItemDay: points,
  overdueCap: points,
  notice: z.object({ reminder: points, urge: points, supervise: points }),
  noticeCap: points,
}) satisfies z.ZodType<ScoreRules>;

/** The most a department can score under the rules: the three rates all whole, nothing deducted. */
export function maxScore(rules: ScoreRules): number {
  return rules.onTimeReports + rules.completedOnTime + rules.indicatorsOnTrack;
}
