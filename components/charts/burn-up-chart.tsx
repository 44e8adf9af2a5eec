"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { BurnUpPoint } from "@/lib/services/charts";
import { BRAND, chartBox, GRID, LEGEND, PLAN_LINE, shortMonth, TICK } from "./chart-style";

/** Items completed by each month's end (one dot a month) against the straight plan line. */
export function BurnUpChart({
  points,
  labels,
}: {
  points: BurnUpPoint[];
  labels: { completed: string; planned: string };
}) {
  return (
    <LineChart
      responsive
      style={chartBox(260)}
      data={points}
      margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="month" tickFormatter={shortMonth} tick={TICK} minTickGap={8} />
      <YAxis allowDecimals={false} tick={TICK} />
      <Tooltip />
      <Legend {...LEGEND} />
      <Line
        dataKey="planned"
        name={labels.planned}
        stroke={PLAN_LINE}
        strokeDasharray="5 4"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="completed"
        name={labels.completed}
        stroke={BRAND}
        strokeWidth={2}
        dot={{ r: 2.5 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
