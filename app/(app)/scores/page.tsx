import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScoreRulesForm } from "@/components/scores/rules-form";
import { ScoreTable } from "@/components/scores/score-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { addDays, today } from "@/lib/clock";
import { isPeriod, periodLabel, periodOf, previousPeriods } from "@/lib/lifecycle/periods";
import { currentScoreRules, departmentScores } from "@/lib/services/scores";
import { calendarDate } from "@/lib/validations/dates";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scores"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 量化考核: every unit's score for a month or quarter, with the breakdown of each point. */
export default async function ScoresPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "board.view")) forbidden();
  const t = await getTranslations("scores");
  const tp = await getTranslations("common.period");
  const now = today();
  const month = periodOf(now, "monthly")!;
  const quarter = periodOf(now, "quarterly")!;
  const choices = [month, ...previousPeriods(month, 11), quarter, ...previousPeriods(quarter, 3)];
  const params = await searchParams;
  const asked = params.period;
  const period = typeof asked === "string" && isPeriod(asked) ? asked : month;
  // A past day: the period counted up to that day, on the lights as they stood then.
  const asOf =
    typeof params.asOf === "string" && calendarDate().safeParse(params.asOf).success && params.asOf < now
      ? params.asOf
      : null;
  const scores = await departmentScores({ actor: user, period, today: asOf ?? now });
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        intro={
          scores.since
            ? t("rulesSince", { since: scores.since })
            : t("defaultRules", { max: scores.rows[0]?.max ?? 100 })
        }
        actions={
          can(user, "bulletin.read") && (
            <Link href="/bulletins" className="text-sm text-brand hover:underline">
              {(await getTranslations("bulletins"))("nav")}
            </Link>
          )
        }
      />
      <form method="get" action="/scores" className="flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          <span>{t("period")}</span>
          <select
            name="period"
            defaultValue={period}
            className="max-w-full rounded border border-slate-300 bg-white px-2 py-1.5"
          >
            {(choices.includes(period) ? choices : [period, ...choices]).map((p) => (
              <option key={p} value={p}>
                {periodLabel(p, tp)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("asOf")}</span>
          <input
            type="date"
            name="asOf"
            max={addDays(now, -1)}
            defaultValue={asOf ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
      </form>
      <ScoreTable rows={scores.rows} />
      {can(user, "score.configure") && <ScoreRulesForm rules={await currentScoreRules(now)} today={now} />}
    </section>
  );
}
