"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { IndicatorSeries } from "@/lib/services/charts";
import { BRAND, chartBox, GRID, LEGEND, PLAN_LINE, TICK } from "./chart-style";

const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const month = (ms: unknown) => new Date(Number(ms)).toISOString().slice(2, 7);
const day = (ms: unknown) => new Date(Number(ms)).toISOString().slice(0, 10);

/** An indicator's readings (one dot a period) against the straight line from baseline to target. */
export function IndicatorChart({
  series,
  labels,
}: {
  series: IndicatorSeries;
  labels: { reading: string; trajectory: string; target: string };
}) {
  const readings = series.readings.map((r) => ({ x: at(r.on), value: r.value }));
  const line = series.trajectory
    ? [
        { x: at(series.trajectory.from), value: series.trajectory.baseline },
        { x: at(series.trajectory.to), value: series.target },
      ]
    : [];
  const values = [series.target, ...readings.map((r) => r.value), ...line.map((p) => p.value)];
  // From 0 when nothing is negative, so a small gap to the target does not look like a large one.
  const low = Math.min(...values) >= 0 ? 0 : "auto";
  const domain = series.span ? [at(series.span.from), at(series.span.to)] : ["dataMin", "dataMax"];
  return (
    <LineChart
      responsive
      style={chartBox(220)}
      margin={{ top: 12, right: 12, bottom: 0, left: -8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis type="number" dataKey="x" scale="time" domain={domain} tickFormatter={month} tick={TICK} minTickGap={8} />
      <YAxis type="number" dataKey="value" tick={TICK} domain={[low, "auto"]} />
      <Tooltip labelFormatter={day} />
      <Legend {...LEGEND} />
      <ReferenceLine
        y={series.target}
        stroke={PLAN_LINE}
        strokeDasharray="2 3"
        ifOverflow="extendDomain"
        label={{ value: labels.target, position: "insideTopRight", fontSize: 11 }}
      />
      {line.length > 0 && (
        <Line
          data={line}
          dataKey="value"
          name={labels.trajectory}
          stroke={PLAN_LINE}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
      )}
      <Line
        data={readings}
        dataKey="value"
        name={labels.reading}
        stroke={BRAND}
        strokeWidth={2}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
