import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { NoticeRow } from "@/lib/services/notice-queries";
import { noticeNumber } from "@/lib/services/notices";
import { LevelBadge, StatusBadge } from "./badges";
import { routes } from "@/lib/routes";

/** Notices as a table on wide screens and as cards on a phone, where status and deadline come first. */
export async function NoticeTable({
  rows,
  today,
  showItem = true,
}: {
  rows: NoticeRow[];
  today: string;
  showItem?: boolean;
}) {
  const t = await getTranslations("notices");
  return (
    <>
      <ul className="space-y-2 md:hidden" aria-label={t("title")}>
        {rows.map((n) => (
          <li key={n.id} data-testid="notice-card" className="space-y-1 rounded bg-white p-3 text-sm shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={routes.notice(n.id)} className="font-medium text-brand hover:underline">
                {t("number", noticeNumber(n))}
              </Link>
              <span className="flex items-center gap-1">
                <LevelBadge level={n.level} />
                <StatusBadge status={n.status} overdue={n.status === "open" && n.respondBy < today} />
              </span>
            </div>
            {showItem && (
              <Link href={routes.item(n.workItemId)} className="block break-words hover:underline">
                {n.itemCode} {n.itemTitle}
              </Link>
            )}
            <div className="flex flex-wrap justify-between gap-2 text-slate-600">
              <span>{n.departmentName}</span>
              <span>
                {t("columns.respondBy")} {formatDate(n.respondBy)}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded bg-white shadow-sm md:block">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="border-b bg-slate-50 text-slate-600">
            <tr>
              <th className="px-3 py-2 font-medium">{t("columns.number")}</th>
              <th className="px-3 py-2 font-medium">{t("columns.level")}</th>
              {showItem && <th className="px-3 py-2 font-medium">{t("columns.item")}</th>}
              <th className="px-3 py-2 font-medium">{t("columns.department")}</th>
              <th className="px-3 py-2 font-medium">{t("columns.respondBy")}</th>
              <th className="px-3 py-2 font-medium">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((n) => (
              <tr key={n.id}>
                <td className="whitespace-nowrap px-3 py-2">
                  <Link href={routes.notice(n.id)} className="text-brand hover:underline">
                    {t("number", noticeNumber(n))}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <LevelBadge level={n.level} />
                </td>
                {showItem && (
                  <td className="px-3 py-2">
                    <Link href={routes.item(n.workItemId)} className="hover:underline">
                      {n.itemCode} {n.itemTitle}
                    </Link>
                  </td>
                )}
                <td className="whitespace-nowrap px-3 py-2">{n.departmentName}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(n.respondBy)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={n.status} overdue={n.status === "open" && n.respondBy < today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
