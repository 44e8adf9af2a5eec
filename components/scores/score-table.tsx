import { useTranslations } from "next-intl";
import type { ScoreLine } from "@/lib/scores/compute";
import type { DepartmentScore } from "@/lib/services/scores";

const RULES = ["onTimeReports", "completedOnTime", "indicatorsOnTrack", "overdue", "notices"] as const;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The scores, best first; each row opens to the rule-by-rule breakdown that explains its points. */
export function ScoreTable({ rows }: { rows: DepartmentScore[] }) {
  const t = useTranslations("scores");
  if (rows.length === 0) return <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>;
  const line = (r: DepartmentScore, rule: ScoreLine["rule"]) => r.breakdown.find((l) => l.rule === rule)!;
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full min-w-[640px] text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.rank")}
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              {t("columns.department")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.score")}
            </th>
            {RULES.map((rule) => (
              <th key={rule} scope="col" className="px-3 py-2 text-right">
                {t(`rules.${rule}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((r, i) => (
            <tr key={r.departmentId} data-testid="score-row" className="align-top">
              <td className="px-3 py-1.5 text-right tabular-nums">{i + 1}</td>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                <details>
                  <summary className="cursor-pointer whitespace-nowrap">{r.departmentName}</summary>
                  <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
                    {RULES.map((rule) => {
                      const l = line(r, rule);
                      return (
                        <li key={rule}>
                          {t(`explain.${rule}`, l.params)}: {signed(l.points)} ({t("limit", { limit: l.limit })})
                        </li>
                      );
                    })}
                  </ul>
                </details>
              </th>
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">
                {r.score}
                <span className="font-normal text-slate-500"> / {r.max}</span>
              </td>
              {RULES.map((rule) => (
                <td
                  key={rule}
                  className={`px-3 py-1.5 text-right tabular-nums ${line(r, rule).points < 0 ? "text-red-700" : ""}`}
                >
                  {signed(line(r, rule).points)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
