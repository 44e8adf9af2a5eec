import { getFormatter, getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import type { TimelineBar } from "@/lib/services/timeline-plan";
import { monthTicks, scaleOf } from "./geometry";

/** Colours are attributes, not classes: the PNG export draws the SVG on its own, without the page's CSS. */
const HEALTH_FILL: Record<TimelineBar["health"], string> = {
  red: "#dc2626",
  yellow: "#f59e0b",
  green: "#16a34a",
  completed: "#94a3b8",
};
const THEMES = {
  light: { text: "#0f172a", muted: "#475569", grid: "#e2e8f0", moved: "#b45309", today: "#2563eb", row: "#f8fafc" },
  dark: { text: "#f1f5f9", muted: "#94a3b8", grid: "#334155", moved: "#fbbf24", today: "#38bdf8", row: "#1e293b" },
};

const WIDTH = 1200;
const AXIS_H = 26;

export interface TimelineChartProps {
  rows: TimelineBar[];
  range: { start: string; end: string };
  today: string;
  /** What the chart is of, read out as its name (a section's heading, the plan's title). */
  title: string;
  theme?: keyof typeof THEMES;
  /** Smaller rows and no links to the items (the meeting-room screen). */
  compact?: boolean;
}

/** 挂图作战: each item a bar from dispatch to due day, report days as ticks, the first date beside an extended one, today as a line. */
export async function TimelineChart({
  rows,
  range,
  today,
  title,
  theme = "light",
  compact = false,
}: TimelineChartProps) {
  const t = await getTranslations("timeline.chart");
  const format = await getFormatter();
  const colors = THEMES[theme];
  const rowH = compact ? 30 : 38;
  const labelW = compact ? 420 : 380;
  const x = scaleOf(range, labelW + 12, WIDTH - 16);
  const height = AXIS_H + rows.length * rowH + 6;
  const sameYear = range.start.slice(0, 4) === range.end.slice(0, 4);
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00+08:00`), {
      ...(sameYear ? {} : { year: "numeric" }),
      month: "long",
      day: "numeric",
    });
  const tick = (d: string, first: boolean) =>
    format.dateTime(new Date(`${d}T12:00:00+08:00`), {
      ...(first || d.endsWith("-01-01") ? { year: "numeric" } : {}),
      month: "short",
    });
  const ticks = monthTicks(range);
  const xToday = x(today);
  const fontSize = compact ? 15 : 13;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      data-timeline-chart=""
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      fontFamily="system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif"
      fontSize={fontSize}
      // Fills a wide page; on a phone it keeps a readable width and the section scrolls sideways.
      className={compact ? "block max-w-none" : "block h-auto w-full min-w-[900px]"}
    >
      <title>{title}</title>
      {ticks.map((d, i) => (
        <g key={d}>
          <line x1={x(d)} x2={x(d)} y1={AXIS_H - 6} y2={height} stroke={colors.grid} />
          <text x={x(d) + 3} y={AXIS_H - 10} fill={colors.muted} fontSize={11}>
            {tick(d, i === 0)}
          </text>
        </g>
      ))}
      {rows.map((bar, i) => {
        const y = AXIS_H + i * rowH;
        const barY = y + (compact ? 9 : 6);
        const x0 = x(bar.startOn);
        const x1 = Math.max(x(bar.endOn), x0 + 3);
        const moved = bar.originalDueOn
          ? t(bar.dueChange === "extended" ? "extended" : "changed", {
              from: day(bar.originalDueOn),
              to: day(bar.endOn),
            })
          : null;
        const detail = moved ?? (bar.ongoing ? t("ongoing") : t("due", { on: day(bar.endOn) }));
        const label = `${bar.code} ${bar.title}`;
        const maxChars = Math.floor((labelW - (bar.isSubItem ? 28 : 8)) / (fontSize + 0.5));
        const name = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
        const nameText = (
          <text x={bar.isSubItem ? 20 : 0} y={y + (compact ? 20 : 15)} fill={colors.text}>
            {name}
          </text>
        );
        return (
          <g key={bar.id} data-item-id={bar.id}>
            {i % 2 === 1 && <rect x={0} y={y} width={WIDTH} height={rowH} fill={colors.row} opacity={0.6} />}
            <title>{`${label} · ${bar.leadName ?? ""} · ${day(bar.startOn)} – ${detail}`}</title>
            {compact ? nameText : <a href={routes.item(bar.id)}>{nameText}</a>}
            {!compact && (
              <text x={bar.isSubItem ? 20 : 0} y={y + 31} fontSize={11} fill={moved ? colors.moved : colors.muted}>
                {[bar.leadName, detail].filter(Boolean).join(" · ")}
              </text>
            )}
            <rect
              x={x0}
              y={barY}
              width={x1 - x0}
              height={12}
              rx={3}
              fill={HEALTH_FILL[bar.health]}
              opacity={bar.ongoing ? 0.55 : 1}
            />
            {bar.reportTicks.map((d) => (
              <line key={d} x1={x(d)} x2={x(d)} y1={barY + 12} y2={barY + 17} stroke={colors.muted} />
            ))}
            {bar.originalDueOn && (
              <g>
                <line
                  x1={x(bar.originalDueOn)}
                  x2={x(bar.originalDueOn)}
                  y1={barY - 4}
                  y2={barY + 16}
                  stroke={colors.moved}
                  strokeWidth={2}
                  strokeDasharray="3 2"
                />
                <rect
                  x={Math.min(x(bar.originalDueOn), x1)}
                  y={barY}
                  width={Math.abs(x1 - x(bar.originalDueOn))}
                  height={12}
                  fill="none"
                  stroke={colors.moved}
                  strokeDasharray="4 2"
                />
              </g>
            )}
            {compact && moved && (
              <text x={x1 + 6} y={barY + 11} fontSize={12} fill={colors.moved}>
                {moved}
              </text>
            )}
          </g>
        );
      })}
      {today >= range.start && today <= range.end && (
        <g>
          <line x1={xToday} x2={xToday} y1={4} y2={height} stroke={colors.today} strokeWidth={2} />
          <text x={xToday + 4} y={12} fontSize={11} fill={colors.today}>
            {t("today")}
          </text>
        </g>
      )}
    </svg>
  );
}
