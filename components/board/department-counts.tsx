import { useTranslations } from "next-intl";
import { HealthBadge } from "@/components/health/health-badge";
import type { DepartmentCounts } from "@/lib/services/board";

const LEVELS = ["red", "yellow", "green", "completed"] as const;

/** Items per department and light; a table so screen readers read the numbers with their headings. */
export function DepartmentCountsTable({ counts, caption }: { counts: DepartmentCounts[]; caption: string }) {
  const t = useTranslations("board.counts");
  if (counts.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
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
          {counts.map((c) => (
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
