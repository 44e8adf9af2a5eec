import { getTranslations } from "next-intl/server";
import { IndicatorFigures } from "@/components/charts/indicator-figures";
import { requireUser } from "@/lib/auth/session";
import type { WorkItemDetail } from "@/lib/services/work-items";

export async function ItemIndicators({ detail }: { detail: WorkItemDetail }) {
  const t = await getTranslations("items");
  return (
    <section className="space-y-2 rounded bg-white p-4 shadow-sm" aria-labelledby="item-indicators">
      <h2 id="item-indicators" className="font-semibold">
        {t("indicators")}
      </h2>
      {detail.indicators.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noIndicators")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[28rem] text-sm">
            <thead>
              <tr className="border-b text-left text-slate-500">
                <th className="py-1 pr-2 font-medium">{t("indicator.name")}</th>
                <th className="py-1 pr-2 font-medium">{t("indicator.target")}</th>
                <th className="py-1 font-medium">{t("indicator.due")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.indicators.map((ind) => (
                <tr key={ind.id} className="border-b last:border-0">
                  <td className="py-1 pr-2">{ind.name}</td>
                  <td className="py-1 pr-2 whitespace-nowrap">
                    {t(`comparator.${ind.comparator}`)} {ind.approximate && `${t("indicator.approximate")} `}
                    {ind.targetValue}
                    {ind.unit}
                  </td>
                  <td className="py-1 whitespace-nowrap">{ind.dueOn ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail.indicators.length > 0 && <IndicatorFigures actor={await requireUser()} workItemId={detail.item.id} />}
    </section>
  );
}
