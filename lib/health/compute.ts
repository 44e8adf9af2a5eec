import { daysBetween, shanghaiDate } from "@/lib/clock";
import { HEALTH_SETTING_DEFAULTS, type HealthSettings } from "@/lib/settings/health";
import type { HealthIndicatorInput, HealthInput, HealthReason, HealthResult } from "./types";

/** A timestamp as an Asia/Shanghai calendar date; strings that already are dates pass through. */
export function calendarDateOf(value: Date | string | null): string | null {
  if (value == null) return null;
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : shanghaiDate(new Date(value));
  return shanghaiDate(value);
}

/** Plan lines without a year default to the plan period's end (`力争到2025年` → 2025-12-31 is already explicit). */
export function effectiveDueOn(
  item: { dueOn: string | null; ongoing: boolean },
  planPeriodEnd: string | null,
): string | null {
  if (item.dueOn) return item.dueOn;
  return item.ongoing ? null : planPeriodEnd;
}

/** Share (0–1) of the time from start to end that has passed by `today`; null when undefined. */
function elapsedShare(start: string | null, end: string | null, today: string): number | null {
  if (!start || !end) return null;
  const total = daysBetween(start, end);
  if (total <= 0) return null;
  return Math.min(1, Math.max(0, daysBetween(start, today) / total));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function indicatorReason(
  ind: HealthIndicatorInput,
  today: string,
  fallbackStart: string | null,
  fallbackDue: string | null,
  settings: HealthSettings,
): HealthReason | null {
  if (ind.baseline == null || ind.latest == null) return null;
  const direction =
    ind.comparator === ">=" || ind.comparator === ">"
      ? 1
      : ind.comparator === "<=" || ind.comparator === "<"
        ? -1
        : Math.sign(ind.target - ind.baseline);
  const span = Math.abs(ind.target - ind.baseline);
  if (direction === 0 || span === 0) return null;
  const share = elapsedShare(ind.baselineOn ?? fallbackStart, ind.dueOn ?? fallbackDue, today);
  if (share == null) return null;
  const expected = ind.baseline + (ind.target - ind.baseline) * share;
  const shortfall = (expected - ind.latest) * direction;
  if (shortfall <= (span * settings.indicatorTolerancePercent) / 100) return null;
  return {
    code: "indicatorBehind",
    severity: "yellow",
    params: { name: ind.name, expected: round1(expected), actual: ind.latest, unit: ind.unit ?? "" },
  };
}

/**
 * An item's health on `today` (DESIGN.md "Health"):
 * completed — approved 办结; red — past due, a report more than `reportGraceDays` late, or a
 * notice past its response date; yellow — due within the warning window with progress behind
 * the straight line from dispatch to due date, a report due soon or late within grace, or an
 * indicator behind its trajectory from baseline to target; green — otherwise.
 */
export function computeHealth(input: HealthInput, settings: HealthSettings = HEALTH_SETTING_DEFAULTS): HealthResult {
  const { today, item } = input;
  const dueOn = item.ongoing ? null : item.dueOn;
  if (item.status === "completed") {
    const completedOn = calendarDateOf(item.completedAt);
    const late = dueOn && completedOn ? daysBetween(dueOn, completedOn) : 0;
    const reasons: HealthReason[] =
      late > 0 ? [{ code: "completedLate", severity: "completed", params: { days: late } }] : [];
    return { health: "completed", reasons, daysOverdue: 0, missingReports: 0 };
  }

  const reasons: HealthReason[] = [];
  const daysOverdue = dueOn ? Math.max(0, daysBetween(dueOn, today)) : 0;
  if (dueOn && daysOverdue > 0)
    reasons.push({ code: "overdue", severity: "red", params: { days: daysOverdue, dueOn } });

  let missingReports = 0;
  for (const report of input.reports) {
    if (report.submittedOn) continue;
    const late = daysBetween(report.dueOn, today);
    if (late > 0) {
      missingReports += 1;
      const severity = late > settings.reportGraceDays ? "red" : "yellow";
      reasons.push({
        code: "reportLate",
        severity,
        params: { period: report.period, days: late, dueOn: report.dueOn },
      });
    } else if (-late <= settings.reportDueSoonDays) {
      reasons.push({
        code: "reportDueSoon",
        severity: "yellow",
        params: { period: report.period, days: -late, dueOn: report.dueOn },
      });
    }
  }

  for (const notice of input.notices) {
    if (notice.status !== "open") continue;
    const late = daysBetween(notice.respondBy, today);
    if (late > 0)
      reasons.push({ code: "noticeOverdue", severity: "red", params: { respondBy: notice.respondBy, days: late } });
  }

  const dispatchedOn = calendarDateOf(item.dispatchedAt);
  if (dueOn && daysOverdue === 0) {
    const daysLeft = daysBetween(today, dueOn);
    const share = elapsedShare(dispatchedOn, dueOn, today);
    if (daysLeft <= settings.warningWindowDays && share != null) {
      const expected = Math.round(share * 100);
      const actual = input.progressPercent ?? 0;
      if (actual + settings.progressTolerancePoints < expected) {
        reasons.push({ code: "behindSchedule", severity: "yellow", params: { expected, actual, daysLeft } });
      }
    }
  }

  for (const ind of input.indicators) {
    const reason = indicatorReason(ind, today, dispatchedOn, dueOn, settings);
    if (reason) reasons.push(reason);
  }

  const health = reasons.some((r) => r.severity === "red") ? "red" : reasons.length > 0 ? "yellow" : "green";
  reasons.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "red" ? -1 : 1));
  return { health, reasons, daysOverdue, missingReports };
}

/** Whether a reading meets its target; `=` and `~` (约) count from 95 % of the target. */
export function isIndicatorAttained(
  comparator: HealthIndicatorInput["comparator"],
  target: number,
  latest: number | null,
): boolean {
  if (latest == null) return false;
  switch (comparator) {
    case ">=":
      return latest >= target;
    case ">":
      return latest > target;
    case "<=":
      return latest <= target;
    case "<":
      return latest < target;
    default:
      return Math.abs(latest - target) <= Math.abs(target) * 0.05 || latest >= target;
  }
}
