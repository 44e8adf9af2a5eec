import { getTranslations } from "next-intl/server";
import { can, type Actor } from "@/lib/authz";
import { leaderCharts } from "@/lib/services/charts";
import { BurnUpFigure, HealthFigure, OnTimeFigure } from "./plan-figures";
import { PrintOpensTables } from "./print-opens-tables";

/**
 * The leaders' chart panel: a plan's completion against its period and its lights by section and
 * unit (the plan picked with ?plan=, else the first published one), and the on-time report rate.
 */
export async function LeaderCharts({ actor, plan }: { actor: Actor; plan?: string }) {
  if (!can(actor, "board.view")) return null;
  const t = await getTranslations("charts");
  const asked = Number(plan);
  const data = await leaderCharts({ actor, planId: Number.isInteger(asked) && asked > 0 ? asked : undefined });
  return (
    <section aria-labelledby="leader-charts" className="space-y-3">
      <h2 id="leader-charts" className="font-semibold">
        {t("title")}
      </h2>
      {data.plan ? (
        <form
          method="get"
          action="/"
          className="flex flex-wrap items-end gap-2 rounded bg-white p-3 shadow-sm print:hidden"
        >
          <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm">
            <span>{t("plan")}</span>
            <select
              name="plan"
              defaultValue={data.plan.id}
              className="w-full min-w-0 max-w-full truncate rounded border border-slate-300 bg-white px-2 py-1.5"
            >
              {data.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark">
            {t("apply")}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t("noPlans")}</p>
      )}
      <div className="grid gap-3 lg:grid-cols-2">
        {data.plan && data.burnUp ? (
          data.plan.periodStart ? (
            <BurnUpFigure burnUp={data.burnUp} />
          ) : (
            <p className="rounded bg-white p-3 text-sm text-slate-600 shadow-sm">{t("burnUp.noPeriod")}</p>
          )
        ) : null}
        <OnTimeFigure months={data.onTime} />
        {data.health ? (
          <>
            <HealthFigure
              kind="section"
              rows={data.health.bySection.map((s) => ({ key: String(s.id), label: s.label, counts: s.counts }))}
            />
            <HealthFigure
              kind="department"
              rows={data.health.byDepartment.map((d) => ({
                key: String(d.departmentId),
                label: d.departmentName,
                counts: d,
              }))}
            />
          </>
        ) : null}
      </div>
      <PrintOpensTables />
    </section>
  );
}
