import { getTranslations } from "next-intl/server";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import type { ScreenView as View } from "@/lib/services/screens-view";

const TILES = [
  ["items", "text-white"],
  ["red", "text-red-500"],
  ["yellow", "text-amber-400"],
  ["green", "text-green-500"],
  ["completed", "text-slate-300"],
  ["overdue", "text-red-400"],
] as const;

const SEGMENTS = [
  ["red", "bg-red-600"],
  ["yellow", "bg-amber-500"],
  ["green", "bg-green-600"],
  ["completed", "bg-slate-500"],
] as const;

/** Each unit's items as one stacked bar of its lights, worst units first. */
async function DepartmentHealth({ rows }: { rows: View["byDepartment"] }) {
  const t = await getTranslations("screens.view");
  return (
    <section aria-labelledby="screen-departments" className="rounded-lg bg-slate-900 p-5">
      <h2 id="screen-departments" className="mb-3 text-2xl font-semibold">
        {t("departments")}
      </h2>
      {rows.length === 0 && <p className="text-slate-400">{t("none")}</p>}
      <ul className="space-y-3">
        {rows.map((d) => (
          <li key={d.id} className="grid grid-cols-[12rem_1fr_9rem] items-center gap-3 text-lg">
            <span className="truncate">{d.name}</span>
            <span className="flex h-5 overflow-hidden rounded bg-slate-800">
              {SEGMENTS.map(([level, colour]) =>
                d[level] > 0 ? (
                  <span key={level} className={colour} style={{ width: `${(d[level] / d.total) * 100}%` }} />
                ) : null,
              )}
            </span>
            <span className="text-right text-base text-slate-300">
              {t("departmentCounts", { red: d.red, yellow: d.yellow, total: d.total })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function LatestNotices({ notices }: { notices: View["notices"] }) {
  const t = await getTranslations("screens.view");
  const tn = await getTranslations("notices");
  return (
    <section aria-labelledby="screen-notices" className="rounded-lg bg-slate-900 p-5">
      <h2 id="screen-notices" className="mb-3 text-2xl font-semibold">
        {t("notices")}
      </h2>
      {notices.length === 0 && <p className="text-slate-400">{t("noNotices")}</p>}
      <ul className="space-y-3 text-lg">
        {notices.map((n) => (
          <li key={n.id} className="border-l-4 border-red-600 pl-3">
            <p className="truncate">
              <span className="mr-2 font-semibold text-red-400">{tn(`level.${n.level}`)}</span>
              {n.department} · {n.code} {n.title}
            </p>
            <p className="text-base text-slate-400">{t("respondBy", { on: n.respondBy })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The meeting-room screen: 1920×1080, dark, nothing to click. */
export async function ScreenView({ view }: { view: View }) {
  const t = await getTranslations("screens.view");
  const title = view.scope.planTitle ?? t("allPlans");
  return (
    <div className="mx-auto flex h-[1080px] w-[1920px] flex-col gap-5 overflow-hidden p-8">
      <header className="flex items-end justify-between">
        <div>
          <h1 className="text-4xl font-bold">{title}</h1>
          <p className="mt-1 text-xl text-slate-400">{view.scope.label}</p>
        </div>
        <p className="text-xl text-slate-300">{t("asOf", { today: view.today })}</p>
      </header>
      <dl className="grid grid-cols-6 gap-4" aria-label={t("headline")}>
        {TILES.map(([key, colour]) => (
          <div key={key} className="rounded-lg bg-slate-900 px-5 py-4">
            <dt className="text-xl text-slate-400">{t(`counts.${key}`)}</dt>
            <dd className={`text-6xl font-bold tabular-nums ${colour}`} data-testid={`screen-count-${key}`}>
              {view.counts[key]}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid min-h-0 flex-1 grid-cols-[1fr_1240px] gap-5">
        <div className="flex min-h-0 flex-col gap-5">
          <DepartmentHealth rows={view.byDepartment} />
          <LatestNotices notices={view.notices} />
        </div>
        {view.timeline ? (
          <section aria-labelledby="screen-timeline" className="min-h-0 overflow-hidden rounded-lg bg-slate-900 p-5">
            <h2 id="screen-timeline" className="mb-3 text-2xl font-semibold">
              {t("timeline", { shown: view.timeline.rows.length, total: view.timeline.total })}
            </h2>
            <TimelineChart
              rows={view.timeline.rows}
              range={view.timeline.range}
              today={view.timeline.today}
              title={title}
              theme="dark"
              compact
            />
          </section>
        ) : (
          <section className="rounded-lg bg-slate-900 p-5 text-xl text-slate-400">{t("timelineForPlan")}</section>
        )}
      </div>
    </div>
  );
}
