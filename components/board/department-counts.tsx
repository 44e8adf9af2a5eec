import { useTranslations } from "next-intl";
import { HealthBadge } from "@/components/health/health-badge";
import type { DepartmentCounts } from "@/lib/services/board";

const LEVELS = ["red", "yellow", "green", "completed"] as const;

/** Units the table shows before "show all": the worst first (most red items, then yellow). */
export const UNITS_SHOWN = 10;

/**
 * Items per department and light; a table so screen readers read the numbers with their headings.
 * A city has 50 to 120 units: the worst UNITS_SHOWN show first, the rest a link away (`allHref`
 * shows them all, `topHref` back to the worst; `all` says which is shown).
 */
export function DepartmentCountsTable({
  counts,
  caption,
  all = true,
  allHref,
  topHref,
}: {
  counts: DepartmentCounts[];
  caption: string;
  all?: boolean;
  allHref?: string;
  topHref?: string;
}) {
  const t = useTranslations("board.counts");
  if (counts.length === 0) return null;
  const trimmable = allHref != null && topHref != null && counts.length > UNITS_SHOWN;
  const rows = trimmable && !all ? counts.slice(0, UNITS_SHOWN) : counts;
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left font-semibold">
          {caption}
          {trimmable && (
            <span className="block text-xs font-normal text-slate-600">
              {all ? t("all", { total: counts.length }) : t("top", { shown: rows.length, total: counts.length })}{" "}
              <a href={all ? topHref : allHref} className="text-brand hover:underline">
                {all ? t("showTop", { shown: UNITS_SHOWN }) : t("showAll", { total: counts.length })}
              </a>
            </span>
          )}
        </caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("department")}
            </th>
            {LEVELS.map((level) => (
              <th key={level} scope="col" className="px-3 py-2 text-right">
                <HealthBadge health={level} />
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((c) => (
            <tr key={c.departmentId} data-testid="department-count">
              <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
                {c.departmentName}
              </th>
              {LEVELS.map((level) => (
                <td
                  key={level}
                  className={`px-3 py-1.5 text-right tabular-nums ${level === "red" && c.red > 0 ? "font-semibold text-red-700" : ""}`}
                >
                  {c[level]}
                </td>
              ))}
              <td className="px-3 py-1.5 text-right tabular-nums">{c.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
