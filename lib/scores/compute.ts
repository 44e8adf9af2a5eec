import { maxScore, type ScoreRules } from "./rules";

/** What a department did in one period (a month or a quarter), counted in SQL by lib/services/scores. */
export interface ScoreInputs {
  reportsDue: number;
  reportsOnTime: number;
  /** Items the department leads that were completed in the period, and those by their due date. */
  completed: number;
  completedOnTime: number;
  /** Indicators of the department's led items with a reading, and those meeting their target. */
  indicatorsReported: number;
  indicatorsAttained: number;
  /** Sum over the department's led items of the days in the period each was past its due date. */
  overdueItemDays: number;
  notices: { reminder: number; urge: number; supervise: number };
}

export type ScoreRuleKey = "onTimeReports" | "completedOnTime" | "indicatorsOnTrack" | "overdue" | "notices";

/** One line of the breakdown: the points a rule gave (or took, negative) and the counts behind them. */
export interface ScoreLine {
  rule: ScoreRuleKey;
  points: number;
  /** The most (or, for a deduction, the least) this rule can give. */
  limit: number;
  params: Record<string, number>;
}

export interface Score {
  score: number;
  max: number;
  breakdown: ScoreLine[];
}

const round = (n: number) => Math.round(n * 100) / 100;
/** A rate's points: whole when nothing of its kind fell in the period. */
const rate = (weight: number, done: number, of: number) => (of > 0 ? (weight * Math.min(done, of)) / of : weight);

/** The score and the breakdown that explains every point, under one rule set. */
export function computeScore(inputs: ScoreInputs, rules: ScoreRules): Score {
  const n = inputs.notices;
  const noticePoints =
    n.reminder * rules.notice.reminder + n.urge * rules.notice.urge + n.supervise * rules.notice.supervise;
  const breakdown: ScoreLine[] = [
    {
      rule: "onTimeReports",
      points: round(rate(rules.onTimeReports, inputs.reportsOnTime, inputs.reportsDue)),
      limit: rules.onTimeReports,
      params: { due: inputs.reportsDue, onTime: inputs.reportsOnTime },
    },
    {
      rule: "completedOnTime",
      points: round(rate(rules.completedOnTime, inputs.completedOnTime, inputs.completed)),
      limit: rules.completedOnTime,
      params: { completed: inputs.completed, onTime: inputs.completedOnTime },
    },
    {
      rule: "indicatorsOnTrack",
      points: round(rate(rules.indicatorsOnTrack, inputs.indicatorsAttained, inputs.indicatorsReported)),
      limit: rules.indicatorsOnTrack,
      params: { reported: inputs.indicatorsReported, attained: inputs.indicatorsAttained },
    },
    {
      rule: "overdue",
      points: 0 - round(Math.min(rules.overdueCap, inputs.overdueItemDays * rules.overdueItemDay)),
      limit: -rules.overdueCap,
      params: { days: inputs.overdueItemDays },
    },
    {
      rule: "notices",
      points: 0 - round(Math.min(rules.noticeCap, noticePoints)),
      limit: -rules.noticeCap,
      params: { reminder: n.reminder, urge: n.urge, supervise: n.supervise },
    },
  ];
  const total = breakdown.reduce((sum, line) => sum + line.points, 0);
  return { score: round(Math.max(0, total)), max: maxScore(rules), breakdown };
}
