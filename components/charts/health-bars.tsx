"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { chartBox, GRID, HEALTH_COLORS, HEALTH_LEVELS, LEGEND, TICK } from "./chart-style";

export interface HealthBarRow {
  label: string;
  red: number;
  yellow: number;
  green: number;
  completed: number;
}

const ROW_HEIGHT = 26;
const MAX_LABEL = 9;
const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** One horizontal bar per section or unit, stacked red, yellow, green, completed. */
export function HealthBars({
  rows,
  labels,
}: {
  rows: HealthBarRow[];
  labels: Record<keyof typeof HEALTH_COLORS, string>;
}) {
  return (
    <BarChart
      responsive
      layout="vertical"
      style={chartBox(rows.length * ROW_HEIGHT + 64)}
      data={rows}
      margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={TICK} />
      <YAxis type="category" dataKey="label" width={112} tick={TICK} tickFormatter={shorten} interval={0} />
      <Tooltip />
      <Legend {...LEGEND} />
      {HEALTH_LEVELS.map((level) => (
        <Bar
          key={level}
          dataKey={level}
          name={labels[level]}
          stackId="health"
          fill={HEALTH_COLORS[level]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
