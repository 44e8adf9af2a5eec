export const HEALTH_LEVELS = ["red", "yellow", "green", "completed"] as const;
export type Health = (typeof HEALTH_LEVELS)[number];

/** Why an item has its colour; `code` is translated in the UI (messages `health.reasons.<code>`). */
export type HealthReason =
  | { code: "overdue"; severity: "red"; params: { days: number; dueOn: string } }
  | { code: "reportLate"; severity: "red" | "yellow"; params: { period: string; days: number; dueOn: string } }
  | { code: "noticeOverdue"; severity: "red"; params: { respondBy: string; days: number } }
  | { code: "reportDueSoon"; severity: "yellow"; params: { period: string; days: number; dueOn: string } }
  | { code: "behindSchedule"; severity: "yellow"; params: { expected: number; actual: number; daysLeft: number } }
  | {
      code: "indicatorBehind";
      severity: "yellow";
      params: { name: string; expected: number; actual: number; unit: string };
    }
  | { code: "completedLate"; severity: "completed"; params: { days: number } };

export type HealthReasonCode = HealthReason["code"];

export type Comparator = ">=" | "<=" | ">" | "<" | "=" | "~";

export interface HealthIndicatorInput {
  name: string;
  comparator: Comparator;
  unit?: string;
  baseline: number | null;
  /** When the baseline was measured; the item's dispatch date when unknown. */
  baselineOn: string | null;
  target: number;
  /** Indicator deadline; the item's due date when unknown. */
  dueOn: string | null;
  latest: number | null;
}

export interface HealthInput {
  /** Asia/Shanghai calendar date, YYYY-MM-DD (from lib/clock `today()`). */
  today: string;
  item: {
    status: "draft" | "dispatched" | "completed";
    /** Effective due date: the plan period's end when the line gave no year (see effectiveDueOn). */
    dueOn: string | null;
    ongoing: boolean;
    /** Instants are read as Asia/Shanghai calendar dates. */
    dispatchedAt: Date | string | null;
    completedAt: Date | string | null;
  };
  /** The lead department's latest accepted (else submitted) percent; null when none. */
  progressPercent: number | null;
  /** One entry per required period (see requiredPeriods), with the filing date if filed. */
  reports: { period: string; dueOn: string; submittedOn: string | null }[];
  notices: { respondBy: string; status: "open" | "responded" | "closed" | "escalated" }[];
  indicators: HealthIndicatorInput[];
}

export interface HealthResult {
  health: Health;
  reasons: HealthReason[];
  /** Days past the due date (0 when not overdue or completed). */
  daysOverdue: number;
  /** Required reports due and not filed. */
  missingReports: number;
}
