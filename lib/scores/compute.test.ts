import { describe, expect, it } from "vitest";
import { computeScore, type ScoreInputs } from "./compute";
import { DEFAULT_SCORE_RULES, maxScore, scoreRulesSchema, type ScoreRules } from "./rules";

const perfect: ScoreInputs = {
  reportsDue: 12,
  reportsOnTime: 12,
  completed: 2,
  completedOnTime: 2,
  indicatorsReported: 4,
  indicatorsAttained: 4,
  overdueItemDays: 0,
  notices: { reminder: 0, urge: 0, supervise: 0 },
};
const rules: ScoreRules = DEFAULT_SCORE_RULES;
const score = (inputs: Partial<ScoreInputs>, r: ScoreRules = rules) => computeScore({ ...perfect, ...inputs }, r);

describe("量化考核 scores", () => {
  it("a department with every report on time and nothing overdue scores the maximum", () => {
    expect(score({}).score).toBe(maxScore(rules));
    expect(score({}).max).toBe(100);
    // Nothing of a kind in the period (no reports due, nothing completed, no indicators) takes nothing away.
    const quiet = score({
      reportsDue: 0,
      reportsOnTime: 0,
      completed: 0,
      completedOnTime: 0,
      indicatorsReported: 0,
      indicatorsAttained: 0,
    });
    expect(quiet.score).toBe(100);
    // No deduction reads as 0 points, never "-0".
    expect(Object.is(score({}).breakdown.find((l) => l.rule === "overdue")!.points, 0)).toBe(true);
    expect(Object.is(score({}).breakdown.find((l) => l.rule === "notices")!.points, 0)).toBe(true);
  });

  it("each rule moves the score by its weight, and the breakdown explains every point", () => {
    // Half the reports late: half of the on-time weight goes.
    const late = score({ reportsOnTime: 6 });
    expect(late.score).toBe(100 - rules.onTimeReports / 2);
    expect(late.breakdown.find((l) => l.rule === "onTimeReports")).toEqual({
      rule: "onTimeReports",
      points: rules.onTimeReports / 2,
      limit: rules.onTimeReports,
      params: { due: 12, onTime: 6 },
    });
    expect(score({ completedOnTime: 1 }).score).toBe(100 - rules.completedOnTime / 2);
    expect(score({ indicatorsAttained: 1 }).score).toBe(100 - (rules.indicatorsOnTrack * 3) / 4);
    expect(score({ overdueItemDays: 10 }).score).toBe(100 - 10 * rules.overdueItemDay);
    expect(score({ notices: { reminder: 1, urge: 1, supervise: 1 } }).score).toBe(
      100 - rules.notice.reminder - rules.notice.urge - rules.notice.supervise,
    );
    // Doubling a weight doubles what that rule takes.
    const heavier = { ...rules, overdueItemDay: rules.overdueItemDay * 2 };
    expect(100 - score({ overdueItemDays: 10 }, heavier).score).toBe(2 * (100 - score({ overdueItemDays: 10 }).score));
    for (const s of [late, score({ overdueItemDays: 10, notices: { reminder: 2, urge: 0, supervise: 1 } })])
      expect(s.breakdown.reduce((sum, l) => sum + l.points, 0)).toBeCloseTo(s.score, 5);
  });

  it("deductions stop at their caps and the score never goes below zero", () => {
    expect(score({ overdueItemDays: 10_000 }).breakdown.find((l) => l.rule === "overdue")!.points).toBe(
      -rules.overdueCap,
    );
    expect(
      score({ notices: { reminder: 0, urge: 0, supervise: 100 } }).breakdown.find((l) => l.rule === "notices")!.points,
    ).toBe(-rules.noticeCap);
    const harsh = { ...rules, overdueCap: 100, overdueItemDay: 100 };
    expect(score({ reportsOnTime: 0, overdueItemDays: 5 }, harsh).score).toBe(0);
  });

  it("the rule set the secretariat saves is checked: no negative weights, nothing over 100", () => {
    expect(scoreRulesSchema.safeParse(rules).success).toBe(true);
    expect(scoreRulesSchema.safeParse({ ...rules, onTimeReports: -1 }).success).toBe(false);
    expect(scoreRulesSchema.safeParse({ ...rules, noticeCap: 101 }).success).toBe(false);
  });
});
