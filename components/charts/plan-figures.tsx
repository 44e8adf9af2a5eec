import { getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/lifecycle/periods";
import type { BurnUpPoint, HealthCounts, OnTimeMonth } from "@/lib/services/charts";
import { BurnUpChart } from "./burn-up-chart";
import { ChartFigure } from "./chart-figure";
import { HEALTH_LEVELS } from "./chart-style";
import { HealthBars } from "./health-bars";
import { OnTimeChart } from "./on-time-chart";

/** Units drawn in the department chart; the table lists them all. */
const CHART_UNITS = 15;

export async function BurnUpFigure({ burnUp }: { burnUp: { total: number; points: BurnUpPoint[] } }) {
  const t = await getTranslations("charts");
  const tp = await getTranslations("common.period");
  const last = burnUp.points.at(-1);
  const summary = last
    ? t("burnUp.summary", {
        month: periodLabel(last.month, tp),
        completed: last.completed,
        planned: last.planned ?? t("onTime.none"),
        total: burnUp.total,
      })
    : t("burnUp.notStarted");
  return (
    <ChartFigure
      title={t("burnUp.title")}
      summary={summary}
      tableLabel={t("dataTable")}
      testId="burn-up"
      table={{
        columns: [t("burnUp.month"), t("burnUp.completed"), t("burnUp.planned")],
        rows: burnUp.points.map((p) => ({
          key: p.month,
          label: periodLabel(p.month, tp),
          cells: [p.completed, p.planned ?? t("onTime.none")],
        })),
      }}
    >
      {last ? (
        <BurnUpChart
          points={burnUp.points}
          labels={{ completed: t("burnUp.completed"), planned: t("burnUp.planned") }}
        />
      ) : null}
    </ChartFigure>
  );
}

type Counted = { key: string; label: string; counts: HealthCounts };

/** Stacked red/yellow/green/completed bars, one per section or unit, with the full table. */
export async function HealthFigure({ kind, rows }: { kind: "section" | "department"; rows: Counted[] }) {
  const t = await getTranslations("charts.health");
  const tc = await getTranslations("charts");
  const th = await getTranslations("health.levels");
  const levels = Object.fromEntries(HEALTH_LEVELS.map((l) => [l, th(l)])) as Record<
    (typeof HEALTH_LEVELS)[number],
    string
  >;
  const drawn = kind === "department" ? rows.slice(0, CHART_UNITS) : rows;
  const sum = (level: keyof HealthCounts) => rows.reduce((n, r) => n + r.counts[level], 0);
  const summary =
    rows.length === 0
      ? t("empty")
      : kind === "section"
        ? t("summary", {
            total: sum("total"),
            red: sum("red"),
            yellow: sum("yellow"),
            green: sum("green"),
            completed: sum("completed"),
          })
        : t("departmentSummary", { units: rows.length, shown: drawn.length });
  return (
    <ChartFigure
      title={kind === "section" ? t("bySection") : t("byDepartment")}
      summary={summary}
      tableLabel={tc("dataTable")}
      testId={`health-${kind}`}
      table={{
        columns: [
          kind === "section" ? t("section") : t("department"),
          ...HEALTH_LEVELS.map((l) => levels[l]),
          t("total"),
        ],
        rows: rows.map((r) => ({
          key: r.key,
          label: r.label,
          cells: [...HEALTH_LEVELS.map((l) => r.counts[l]), r.counts.total],
        })),
      }}
    >
      {drawn.length > 0 ? (
        <HealthBars rows={drawn.map((r) => ({ label: r.label, ...r.counts }))} labels={levels} />
      ) : null}
    </ChartFigure>
  );
}

export async function OnTimeFigure({ months }: { months: OnTimeMonth[] }) {
  const t = await getTranslations("charts");
  const tp = await getTranslations("common.period");
  const due = months.reduce((n, m) => n + m.due, 0);
  const onTime = months.reduce((n, m) => n + m.onTime, 0);
  const rate = due ? `${Math.round((onTime / due) * 1000) / 10}%` : t("onTime.none");
  return (
    <ChartFigure
      title={t("onTime.title")}
      summary={t("onTime.summary", { due, onTime, rate })}
      tableLabel={t("dataTable")}
      testId="on-time"
      table={{
        columns: [t("onTime.month"), t("onTime.due"), t("onTime.onTime"), t("onTime.rate")],
        rows: months.map((m) => ({
          key: m.month,
          label: periodLabel(m.month, tp),
          cells: [m.due, m.onTime, m.rate == null ? t("onTime.none") : `${m.rate}%`],
        })),
      }}
    >
      {due > 0 ? <OnTimeChart months={months} label={t("onTime.rate")} /> : null}
    </ChartFigure>
  );
}
