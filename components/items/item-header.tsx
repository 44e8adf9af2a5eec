import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import type { WorkItemDetail } from "@/lib/services/work-items";

import type { ReactNode } from "react";
import { routes } from "@/lib/routes";

/** Title, facts and text of an item; `action` (the reader's main action) comes right under the title. */
export async function ItemHeader({ detail, action }: { detail: WorkItemDetail; action?: ReactNode }) {
  const t = await getTranslations("items");
  const tp = await getTranslations("plans");
  const { item, plan, section, parent, children } = detail;
  return (
    <section className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="item-title">
      <nav className="text-sm text-slate-600">
        <Link href={routes.plan(plan.id)} className="text-brand hover:underline">
          {plan.title}
        </Link>
        {" › "}
        {section.code}、{section.title}
        {parent && (
          <>
            {" › "}
            <Link href={routes.item(parent.id)} className="text-brand hover:underline">
              {parent.code} {parent.title}
            </Link>
          </>
        )}
      </nav>
      <h1 id="item-title" className="text-xl font-semibold">
        <span className="mr-2 text-slate-500">{item.code}</span>
        {item.title}
      </h1>
      {action}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("kind")}</dt>
          <dd>{tp(`kind.${item.kind}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("status")}</dt>
          <dd data-testid="item-status">{tp(`itemStatus.${item.status}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("dueOn")}</dt>
          <dd>
            {item.ongoing ? t("ongoing") : item.dueOn ? formatDate(item.dueOn) : t("noDue")}
            {item.originalDueOn && item.dueOn !== item.originalDueOn && (
              <span className="block text-xs text-slate-500">
                {t("originalDueOn")}:{formatDate(item.originalDueOn)}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("code")}</dt>
          <dd>
            {section.code}
            {item.code}
          </dd>
        </div>
      </dl>
      <div>
        <h2 className="text-sm font-medium text-slate-500">{t("text")}</h2>
        <p className="mt-1 whitespace-pre-wrap leading-relaxed">{item.text || item.title}</p>
      </div>
      {children.length > 0 && (
        <div>
          <h2 className="text-sm font-medium text-slate-500">{t("children")}</h2>
          <ul className="mt-1 space-y-1">
            {children.map((c) => (
              <li key={c.id}>
                <Link href={routes.item(c.id)} className="text-brand hover:underline">
                  {c.code} {c.title}
                </Link>
                <span className="ml-2 text-sm text-slate-500">{c.dueOn ?? ""}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
