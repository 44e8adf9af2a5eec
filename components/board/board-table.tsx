import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { HealthBadge, HealthReasons } from "@/components/health/health-badge";
import type { BoardRow } from "@/lib/services/board";
import { routes } from "@/lib/routes";

/** The board's item list: light, item, units (lead marked), due date, days overdue, progress, reasons. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  const t = useTranslations("board");
  if (rows.length === 0) return <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full min-w-[760px] text-sm">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.health")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.item")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.units")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.dueOn")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.daysOverdue")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.progress")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.reasons")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((row) => (
            <tr key={row.id} data-testid="board-row" className="align-top">
              <td className="px-3 py-2">
                <HealthBadge health={row.health.health} />
              </td>
              <td className="px-3 py-2">
                <Link href={routes.item(row.id)} className="text-brand hover:underline">
                  {row.code} {row.title}
                </Link>
                <div className="text-xs text-slate-500">
                  {row.sectionCode}、{row.sectionTitle} · {row.planTitle}
                </div>
              </td>
              <td className="px-3 py-2">
                {row.assignments.map((a, i) => (
                  <span key={a.departmentId}>
                    {i > 0 ? "、" : ""}
                    {a.departmentName}
                    {a.role === "lead" ? t("leadMark") : ""}
                  </span>
                ))}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{row.dueOn ?? t("ongoing")}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.health.daysOverdue || ""}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.progressPercent == null ? "—" : `${row.progressPercent}%`}
              </td>
              <td className="px-3 py-2">
                <HealthReasons reasons={row.health.reasons} listed />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
