import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { Ranking } from "@/lib/services/ranking";
import { RANKING_SORT_KEYS, type RankingSortKey } from "@/lib/validations/board";

/** The ranking with sortable headers (links that keep the period and plan in the URL). */
export function RankingTable({ ranking }: { ranking: Ranking }) {
  const t = useTranslations("board.ranking");
  const hrefFor = (key: RankingSortKey) => {
    const dir = ranking.sort === key && ranking.dir === "desc" ? "asc" : "desc";
    const params = new URLSearchParams({ from: ranking.from, to: ranking.to, sort: key, dir });
    if (ranking.planId) params.set("planId", String(ranking.planId));
    if (ranking.asOf) params.set("asOf", ranking.asOf);
    return `/ranking?${params}`;
  };
  if (ranking.rows.length === 0) return <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full min-w-[680px] text-sm">
        <thead className="bg-slate-50">
          <tr>
            {RANKING_SORT_KEYS.map((key) => (
              <th
                key={key}
                scope="col"
                className={`px-3 py-2 ${key === "name" ? "text-left" : "text-right"}`}
                aria-sort={ranking.sort === key ? (ranking.dir === "asc" ? "ascending" : "descending") : "none"}
              >
                <Link
                  href={hrefFor(key)}
                  className="hover:underline"
                  title={t("sortBy", { column: t(`columns.${key}`) })}
                >
                  {t(`columns.${key}`)}
                  {ranking.sort === key ? (ranking.dir === "asc" ? " ↑" : " ↓") : ""}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {ranking.rows.map((r) => (
            <tr key={r.departmentId} data-testid="ranking-row">
              <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
                {r.departmentName}
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {r.score == null ? (
                  "—"
                ) : (
                  <Link
                    href={`/scores?period=${ranking.scorePeriod}`}
                    className="text-brand hover:underline"
                    title={t("scoreOf", { period: ranking.scorePeriod })}
                  >
                    {r.score}
                  </Link>
                )}
              </td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.led}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.supported}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {r.onTimeRate == null ? "—" : `${r.onTimeRate}%`}
                <span className="block text-xs text-slate-500">
                  {t("reportsOf", { onTime: r.reportsOnTime, due: r.reportsDue })}
                </span>
              </td>
              <td className={`px-3 py-1.5 text-right tabular-nums ${r.overdue ? "font-semibold text-red-700" : ""}`}>
                {r.overdue}
              </td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.openNotices}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{r.avgDaysLate ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
