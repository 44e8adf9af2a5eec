import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RankingTable } from "@/components/board/ranking-table";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { addDays, today } from "@/lib/clock";
import { getRanking } from "@/lib/services/ranking";
import { rankingOptionsSchema } from "@/lib/validations/board";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board.ranking"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RankingPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "plan.read")) forbidden();
  const t = await getTranslations("board.ranking");
  const tScores = await getTranslations("scores");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = rankingOptionsSchema.safeParse(raw);
  const ranking = await getRanking({
    actor: user,
    options: parsed.success ? parsed.data : rankingOptionsSchema.parse({}),
  });
  const exportQuery = new URLSearchParams({ from: ranking.from, to: ranking.to, sort: ranking.sort, dir: ranking.dir });
  if (ranking.planId) exportQuery.set("planId", String(ranking.planId));
  if (ranking.asOf) exportQuery.set("asOf", ranking.asOf);
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        intro={
          ranking.asOf
            ? `${t("period", { from: ranking.from, to: ranking.to })} · ${t("asOfNote", { day: ranking.asOf })}`
            : t("period", { from: ranking.from, to: ranking.to })
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user, "bulletin.read") && (
              <Link
                href="/bulletins"
                className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
              >
                {(await getTranslations("bulletins"))("nav")}
              </Link>
            )}
            {can(user, "board.view") && (
              <Link
                href="/scores"
                className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
              >
                {tScores("title")}
              </Link>
            )}
            {can(user, "export") && (
              <a
                href={`/api/export/ranking?${exportQuery}`}
                download
                className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
              >
                {t("export")}
              </a>
            )}
          </div>
        }
      />
      <form method="get" action="/ranking" className="flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          <span>{t("plan")}</span>
          <select
            name="planId"
            defaultValue={ranking.planId ?? ""}
            className="max-w-full rounded border border-slate-300 bg-white px-2 py-1.5"
          >
            <option value="">{t("allPlans")}</option>
            {ranking.planOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("from")}</span>
          <input
            type="date"
            name="from"
            defaultValue={ranking.from}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("to")}</span>
          <input
            type="date"
            name="to"
            defaultValue={ranking.to}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t("asOf")}</span>
          <input
            type="date"
            name="asOf"
            max={addDays(today(), -1)}
            defaultValue={ranking.asOf ?? ""}
            className="rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <input type="hidden" name="sort" value={ranking.sort} />
        <input type="hidden" name="dir" value={ranking.dir} />
        <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
      </form>
      <RankingTable ranking={ranking} />
    </section>
  );
}
