import type { HealthReason } from "./types";

/** Several missing reports of one item, told as one line: how many, from which period to which, the oldest's days late. */
export interface ReportsLateSummary {
  code: "reportsLate";
  params: { count: number; from: string; to: string; days: number };
}

export type ListedReason = HealthReason | ReportsLateSummary;

/**
 * The reasons as a list shows them (the board, a home's list): an item missing ten monthly reports
 * reads "10 期进展未报送(2025-06 至 2026-03),最久已超期523天" instead of ten lines; the item page
 * keeps every line. The other reasons keep their place; the summary stands where the first missing
 * report was.
 */
export function listedReasons(reasons: HealthReason[]): ListedReason[] {
  const late = reasons.filter((r) => r.code === "reportLate");
  if (late.length < 2) return reasons;
  const periods = late.map((r) => r.params.period).sort();
  const summary: ReportsLateSummary = {
    code: "reportsLate",
    params: {
      count: late.length,
      from: periods[0]!,
      to: periods.at(-1)!,
      days: Math.max(...late.map((r) => r.params.days)),
    },
  };
  const first = reasons.indexOf(late[0]!);
  return [...reasons.slice(0, first), summary, ...reasons.slice(first).filter((r) => r.code !== "reportLate")];
}
