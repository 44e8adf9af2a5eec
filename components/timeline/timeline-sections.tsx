import { getTranslations } from "next-intl/server";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import type { PlanTimeline } from "@/lib/services/timeline-plan";
import { TimelineChart } from "./timeline-chart";

const LEGEND = [
  ["red", "bg-red-600"],
  ["yellow", "bg-amber-500"],
  ["green", "bg-green-600"],
  ["completed", "bg-slate-400"],
] as const;

/** The colours' meaning, the today line, the first date of a moved deadline and the report ticks. */
export async function TimelineLegend() {
  const t = await getTranslations("timeline.legend");
  const th = await getTranslations("health.levels");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
      {LEGEND.map(([level, swatch]) => (
        <li key={level} className="flex items-center gap-1">
          <span aria-hidden className={`inline-block h-2.5 w-5 rounded-sm ${swatch}`} />
          {th(level)}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden className="inline-block h-3 w-0.5 bg-blue-600" />
        {t("today")}
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden className="inline-block h-3 w-0 border-l-2 border-dashed border-amber-700" />
        {t("original")}
      </li>
      <li>{t("ticks")}</li>
    </ul>
  );
}

/**
 * This page's bars section by section, each section a <details> with its counts; those with a red
 * item open, the rest folded. Sections whose items are on other pages show their counts only.
 */
export async function TimelineSections({ timeline }: { timeline: PlanTimeline }) {
  const t = await getTranslations("timeline");
  return (
    <div className="space-y-3">
      {timeline.sections.map((section) => {
        const heading = sectionHeading(section.code, section.title);
        return (
          <details
            key={section.id}
            open={section.red > 0 || timeline.sections.length === 1}
            className="rounded bg-white shadow-sm print:break-inside-avoid print:shadow-none"
          >
            <summary className="cursor-pointer px-3 py-2">
              <span className="font-medium">{heading}</span>{" "}
              <span className="text-sm text-slate-600">
                {t("section.counts", {
                  total: section.total,
                  red: section.red,
                  yellow: section.yellow,
                  green: section.green,
                  completed: section.completed,
                })}
              </span>
            </summary>
            {section.rows.length > 0 ? (
              <div className="overflow-x-auto px-3 pb-3">
                <TimelineChart rows={section.rows} range={timeline.range} today={timeline.today} title={heading} />
                {section.rows.length < section.total && (
                  <p className="mt-1 text-xs text-slate-500">
                    {t("section.partial", { shown: section.rows.length, total: section.total })}
                  </p>
                )}
              </div>
            ) : (
              <p className="px-3 pb-3 text-sm text-slate-500">{t("section.otherPage")}</p>
            )}
          </details>
        );
      })}
    </div>
  );
}
