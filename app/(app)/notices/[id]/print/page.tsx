import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/notices/print-button";
import { loadNotice } from "@/components/notices/load-notice";
import { noticeNumber } from "@/lib/services/notices";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { notice } = await loadNotice((await params).id);
  const t = await getTranslations("notices");
  return { title: t("number", noticeNumber(notice)) };
}

const longDate = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
});
const dateOf = (ymd: string) => longDate.format(new Date(`${ymd}T12:00:00+08:00`));

// A4 portrait; the app header and anything marked print:hidden are left off the paper.
const PRINT_CSS = `@page { size: A4 portrait; margin: 20mm 18mm; }
@media print { body { background: #fff !important; } header { display: none !important; } main { max-width: none !important; padding: 0 !important; } }`;

/** 督办单 as a printable A4 page. */
export default async function NoticePrintPage({ params }: Props) {
  const { notice } = await loadNotice((await params).id);
  const t = await getTranslations("notices");
  const level = t(`level.${notice.level}`);
  const cell = "border border-black px-3 py-2 align-top";
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex justify-end print:hidden">
        <PrintButton label={t("print.button")} />
      </div>
      <article className="mx-auto max-w-[210mm] bg-white p-[12mm] font-serif text-black shadow print:p-0 print:shadow-none">
        <h1 className="text-center text-3xl font-bold tracking-[0.5em] text-red-700">
          {t("print.heading", { level })}
        </h1>
        <p className="mt-3 text-center">{t("number", noticeNumber(notice))}</p>
        <hr className="my-4 border-t-2 border-red-700" />
        <table className="w-full border-collapse text-base">
          <tbody>
            <tr>
              <th className={`${cell} w-32 text-left`}>{t("detail.department")}</th>
              <td className={cell}>{notice.departmentName}</td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.plan")}</th>
              <td className={cell}>{notice.planTitle}</td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.item")}</th>
              <td className={cell}>
                {notice.itemCode} {notice.itemTitle}
              </td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.level")}</th>
              <td className={cell}>{level}</td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.reason")}</th>
              <td className={`${cell} h-40 whitespace-pre-wrap`}>{notice.reason}</td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.respondBy")}</th>
              <td className={cell}>{dateOf(notice.respondBy)}</td>
            </tr>
            <tr>
              <th className={`${cell} text-left`}>{t("detail.response")}</th>
              <td className={`${cell} h-40 whitespace-pre-wrap`}>{notice.response ?? ""}</td>
            </tr>
          </tbody>
        </table>
        <p className="mt-4 text-sm">{t("print.instructions")}</p>
        <div className="mt-12 text-right leading-8">
          <p>{t("print.org")}</p>
          <p>{t("print.stamp")}</p>
          <p>{longDate.format(notice.createdAt)}</p>
        </div>
      </article>
    </>
  );
}
