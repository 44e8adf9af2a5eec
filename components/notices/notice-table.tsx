import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { NoticeRow } from "@/lib/services/notice-queries";
import { noticeNumber } from "@/lib/services/notices";
import { LevelBadge, StatusBadge } from "./badges";
import { routes } from "@/lib/routes";
import { CARD_CLASS, CardTable } from "@/components/ui/card-table";

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
  const headers = [
    t("columns.number"),
    t("columns.level"),
    ...(showItem ? [t("columns.item")] : []),
    t("columns.department"),
    t("columns.respondBy"),
    t("columns.status"),
  ];
  return (
    <CardTable
      label={t("title")}
      headers={headers}
      tableClassName="min-w-[40rem]"
      cards={rows.map((n) => (
        <li key={n.id} data-testid="notice-card" className={CARD_CLASS}>
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
      rows={rows.map((n) => (
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
    />
  );
}
