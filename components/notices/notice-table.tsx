import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format/dates";
import type { NoticeRow } from "@/lib/services/notice-queries";
import { noticeNumber } from "@/lib/services/notices";
import { LevelBadge, StatusBadge } from "./badges";
import { routes } from "@/lib/routes";
import { CARD_ROW, CardTable, CELL } from "@/components/ui/card-table";

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
      tableClassName="md:min-w-[40rem]"
      rows={rows.map((n) => (
        <tr key={n.id} data-testid="notice-row" className={CARD_ROW}>
          <td className={`${CELL} max-md:order-1 max-md:flex-1 md:whitespace-nowrap`}>
            <Link href={routes.notice(n.id)} className="text-brand hover:underline max-md:font-medium">
              {t("number", noticeNumber(n))}
            </Link>
          </td>
          <td className={`${CELL} max-md:order-2`}>
            <LevelBadge level={n.level} />
          </td>
          {showItem && (
            <td className={`${CELL} max-md:order-4 max-md:basis-full max-md:break-words`}>
              <Link href={routes.item(n.workItemId)} className="hover:underline">
                {n.itemCode} {n.itemTitle}
              </Link>
            </td>
          )}
          <td className={`${CELL} max-md:order-5 max-md:flex-1 max-md:text-slate-600 md:whitespace-nowrap`}>
            {n.departmentName}
          </td>
          <td className={`${CELL} max-md:order-6 max-md:text-slate-600 md:whitespace-nowrap`}>
            <span className="md:hidden">{t("columns.respondBy")} </span>
            {formatDate(n.respondBy)}
          </td>
          <td className={`${CELL} max-md:order-3`}>
            <StatusBadge status={n.status} overdue={n.status === "open" && n.respondBy < today} />
          </td>
        </tr>
      ))}
    />
  );
}
