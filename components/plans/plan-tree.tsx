import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { PlanTree } from "@/lib/services/plans";
import { EditDraftItem } from "./edit-draft-item";
import { UnitList } from "./unit-list";
import { sectionHeading } from "@/lib/plan-import/written-forms";
import { routes } from "@/lib/routes";

type TreeItem = PlanTree["sections"][number]["items"][number];

async function ItemRow({
  item,
  nested = false,
  canEdit,
}: {
  item: Omit<TreeItem, "children"> & { children?: TreeItem["children"] };
  nested?: boolean;
  canEdit: boolean;
}) {
  const t = await getTranslations("plans");
  return (
    <li className={nested ? "border-l-2 border-slate-200 pl-3" : ""}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-slate-500">{item.code}</span>
        <Link href={routes.item(item.id)} className="font-medium text-brand hover:underline">
          {item.title}
        </Link>
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">{t(`itemStatus.${item.status}`)}</span>
      </div>
      <p className="text-sm text-slate-600">
        {item.ongoing ? t("ongoing") : item.dueOn ? t("due", { date: item.dueOn }) : t("noDue")}
        {item.indicatorCount > 0 && <> · {t("indicatorCount", { count: item.indicatorCount })}</>}
      </p>
      <UnitList units={item.units} />
      {canEdit && <EditDraftItem item={item} />}
      {item.children && item.children.length > 0 && (
        <ul className="mt-2 space-y-2">
          {item.children.map((child) => (
            <ItemRow key={child.id} item={child} nested canEdit={canEdit} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The plan as a tree: section → item → sub-items, with units, due dates and status. */
export async function PlanTreeView({ tree, canEdit = false }: { tree: PlanTree; canEdit?: boolean }) {
  const t = await getTranslations("plans");
  return (
    <div className="space-y-4">
      {tree.sections.map((section) => (
        <section
          key={section.id}
          id={`section-${section.id}`}
          className="rounded bg-white p-3 shadow-sm"
          aria-label={section.title}
        >
          <h2 className="mb-2 text-lg font-semibold">{sectionHeading(section.code, section.title)}</h2>
          {section.loaded ? (
            <ul className="space-y-3">
              {section.items.map((item) => (
                <ItemRow key={item.id} item={item} canEdit={canEdit} />
              ))}
            </ul>
          ) : (
            // A long plan opens one section at a time.
            <Link
              href={`${routes.plan(tree.plan.id)}?section=${section.id}#section-${section.id}`}
              className="text-sm text-brand hover:underline"
            >
              {t("detail.openSection", { count: section.itemCount })}
            </Link>
          )}
        </section>
      ))}
    </div>
  );
}
