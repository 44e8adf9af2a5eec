import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CARD_ROW, CardTable, CELL } from "@/components/ui/card-table";
import { bulletinPath, type BulletinView } from "@/lib/bulletins/content";
import { periodLabel } from "@/lib/lifecycle/periods";

/** Bulletins newest first: number, title (the link), period, status, the day the figures were read. */
export async function BulletinList({ rows }: { rows: BulletinView[] }) {
  const t = await getTranslations("bulletins");
  const tp = await getTranslations("common.period");
  const number = (b: BulletinView) => t("document.number", { year: b.year, issueNo: b.issueNo });
  const status = (b: BulletinView) => (
    <span className={b.status === "draft" ? "text-amber-700" : "text-green-700"}>{t(`status.${b.status}`)}</span>
  );
  const link = (b: BulletinView) => (
    <Link href={bulletinPath(b.id)} className="text-brand hover:underline">
      {b.title}
    </Link>
  );
  return (
    <CardTable
      label={t("title")}
      headers={[
        t("columns.number"),
        t("columns.title"),
        t("columns.period"),
        t("columns.status"),
        t("columns.snapshotOn"),
      ]}
      rows={rows.map((b) => (
        <tr key={b.id} className={CARD_ROW}>
          <td className={`${CELL} text-slate-600 max-md:order-2 md:whitespace-nowrap md:text-inherit`}>{number(b)}</td>
          <td className={`${CELL} max-md:order-1 max-md:basis-full max-md:font-medium`}>{link(b)}</td>
          <td className={`${CELL} text-slate-600 max-md:order-3 md:whitespace-nowrap md:text-inherit`}>
            {periodLabel(b.period, tp)}
          </td>
          <td className={`${CELL} max-md:order-4`}>{status(b)}</td>
          <td className={`${CELL} whitespace-nowrap max-md:hidden`}>{b.snapshotOn}</td>
        </tr>
      ))}
    />
  );
}
