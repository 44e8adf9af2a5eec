import { getTranslations } from "next-intl/server";
import type { WorkItemDetail } from "@/lib/services/work-items";

export async function ItemUnits({ detail }: { detail: WorkItemDetail }) {
  const t = await getTranslations("items");
  const groups = [
    { role: "lead" as const, label: t("lead"), units: detail.assignments.filter((a) => a.role === "lead") },
    { role: "support" as const, label: t("support"), units: detail.assignments.filter((a) => a.role === "support") },
  ];
  return (
    <section className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="item-units">
      <h2 id="item-units" className="font-semibold">
        {t("units")}
      </h2>
      {groups.map((group) => (
        <div key={group.role}>
          <h3 className="text-sm font-medium text-slate-500">{group.label}</h3>
          {group.units.length === 0 ? (
            <p className="text-sm text-slate-500">{t("none")}</p>
          ) : (
            <ul className="mt-1 flex flex-wrap gap-1.5 text-sm" aria-label={group.label}>
              {group.units.map((u) => (
                <li
                  key={u.id}
                  className={
                    group.role === "lead"
                      ? "rounded bg-brand px-2 py-0.5 text-white"
                      : "rounded bg-slate-100 px-2 py-0.5"
                  }
                >
                  {u.departmentName}
                  {u.originText && u.originText !== u.departmentName && (
                    <span className="ml-1 text-xs opacity-80">{t("origin", { origin: u.originText })}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {detail.item.unitsText && (
        <p className="text-xs text-slate-500">{t("unitsText", { text: detail.item.unitsText })}</p>
      )}
    </section>
  );
}
