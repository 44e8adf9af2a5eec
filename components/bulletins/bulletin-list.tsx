import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CARD_CLASS, CardTable } from "@/components/ui/card-table";
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
      cards={rows.map((b) => (
        <li key={b.id} className={CARD_CLASS}>
          <p className="font-medium">{link(b)}</p>
          <p className="text-slate-600">
            {number(b)} · {periodLabel(b.period, tp)} · {status(b)}
          </p>
        </li>
      ))}
      rows={rows.map((b) => (
        <tr key={b.id}>
          <td className="px-3 py-2 whitespace-nowrap">{number(b)}</td>
          <td className="px-3 py-2">{link(b)}</td>
          <td className="px-3 py-2 whitespace-nowrap">{periodLabel(b.period, tp)}</td>
          <td className="px-3 py-2">{status(b)}</td>
          <td className="px-3 py-2 whitespace-nowrap">{b.snapshotOn}</td>
        </tr>
      ))}
    />
  );
}
