import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/authz";
import { periodLabel } from "@/lib/lifecycle/periods";
import { indicatorSeries } from "@/lib/services/charts";
import { ChartFigure } from "./chart-figure";
import { IndicatorChart } from "./indicator-chart";
import { PrintOpensTables } from "./print-opens-tables";

/** Each indicator of an item: its filed readings against the straight line from baseline to target. */
export async function IndicatorFigures({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  const series = await indicatorSeries({ actor, workItemId });
  if (series.length === 0) return null;
  const t = await getTranslations("charts");
  const ti = await getTranslations("items");
  const tp = await getTranslations("common.period");
  const none = t("indicator.none");
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {series.map((s) => {
        const target = `${ti(`comparator.${s.comparator}`)} ${s.target}${s.unit}`;
        const latest = s.readings.at(-1);
        return (
          <ChartFigure
            key={s.id}
            title={t("indicator.title", { name: s.name })}
            summary={
              latest
                ? t("indicator.summary", { name: s.name, target, latest: `${latest.value}${s.unit}` })
                : t("indicator.noReading", { name: s.name, target })
            }
            tableLabel={t("dataTable")}
            testId="indicator-chart"
            table={{
              columns: [t("indicator.period"), t("indicator.reading"), t("indicator.expected"), t("indicator.target")],
              rows: s.readings.map((r) => ({
                key: r.period,
                label: periodLabel(r.period, tp),
                cells: [r.value, r.expected ?? none, s.target],
              })),
            }}
          >
            {latest || s.trajectory ? (
              <IndicatorChart
                series={s}
                labels={{
                  reading: t("indicator.reading"),
                  trajectory: t("indicator.trajectory"),
                  target: t("indicator.target"),
                }}
              />
            ) : null}
          </ChartFigure>
        );
      })}
      <PrintOpensTables />
    </div>
  );
}
