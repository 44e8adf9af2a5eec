"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { OnTimeMonth } from "@/lib/services/charts";
import { BRAND, chartBox, GRID, shortMonth, TICK } from "./chart-style";

const percent = (value: unknown) => `${String(value)}%`;

/** The share of reports filed by their due day, one bar per month of due date (none where nothing fell due). */
export function OnTimeChart({ months, label }: { months: OnTimeMonth[]; label: string }) {
  return (
    <BarChart
      responsive
      style={chartBox(220)}
      data={months}
      margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="month" tickFormatter={shortMonth} tick={TICK} minTickGap={4} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percent} tick={TICK} />
      <Tooltip formatter={percent} />
      <Bar dataKey="rate" name={label} fill={BRAND} isAnimationActive={false} />
    </BarChart>
  );
}
