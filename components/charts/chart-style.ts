/** Colours and sizes the charts share; the lights match components/health/health-badge.tsx. */
export const HEALTH_COLORS = {
  red: "#dc2626",
  yellow: "#fbbf24",
  green: "#16a34a",
  completed: "#64748b",
} as const;

export const HEALTH_LEVELS = ["red", "yellow", "green", "completed"] as const;

export const BRAND = "#b91c1c";
export const PLAN_LINE = "#64748b";
export const GRID = "#e2e8f0";

/** Small axis text, so a phone's 390 px still fits a year of months. */
export const TICK = { fontSize: 11, fill: "#475569" } as const;

/** "2025-03" → "25-03": short enough for an axis; the table gives the full month. */
export const shortMonth = (month: string) => month.slice(2);

/** Legend entries in the order the series are drawn (Recharts sorts them by name otherwise). */
export const LEGEND = { wrapperStyle: { fontSize: 12 }, itemSorter: null } as const;

/** A fixed-height box the chart fills; the SVG follows the container's width (no horizontal scrolling). */
export const chartBox = (height: number) => ({ width: "100%", height }) as const;
