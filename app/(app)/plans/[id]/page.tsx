import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PlanTreeView } from "@/components/plans/plan-tree";
import { PublishPlanButton } from "@/components/plans/publish-plan-button";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { loadPage, pageId } from "@/lib/load-page";
import { REVISION_PERMISSION } from "@/lib/services/plan-revision";
import { getPlanTree } from "@/lib/services/plans";
import { routes } from "@/lib/routes";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ section?: string }> };

async function load(id: string, section?: string) {
  const user = await requireUser();
  const planId = pageId(id);
  const sectionId = Number.parseInt(section ?? "", 10);
  return {
    user,
    tree: await loadPage(() =>
      getPlanTree({ actor: user, planId, sectionId: Number.isSafeInteger(sectionId) ? sectionId : undefined }),
    ),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tree } = await load((await params).id);
  return { title: tree.plan.title };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const { user, tree } = await load((await params).id, (await searchParams)?.section);
  const t = await getTranslations("plans");
  const tt = await getTranslations("timeline");
  const tr = await getTranslations("revisions");
  const { plan } = tree;
  return (
    <section className="space-y-4">
      <Link href="/plans" className="text-sm text-brand hover:underline">
        ← {t("detail.back")}
      </Link>
      <header className="space-y-2">
        <PageHeader title={plan.title} />
        <p className="text-sm text-slate-600">
          {plan.docNumber && (
            <>
              {t("detail.docNumber")}:{plan.docNumber} ·{" "}
            </>
          )}
          {plan.periodStart && plan.periodEnd && (
            <>
              {t("detail.period")}:{plan.periodStart}—{plan.periodEnd} ·{" "}
            </>
          )}
          <span data-testid="plan-status">{t(`status.${plan.status}`)}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <Link
            href={routes.planMatrix(plan.id)}
            className="rounded border border-brand px-3 py-2 text-sm font-medium text-brand hover:bg-slate-50"
          >
            {t("detail.matrix")}
          </Link>
          {can(user, "board.view") && (
            <Link
              href={`${routes.plan(plan.id)}/timeline`}
              className="rounded border border-brand px-3 py-2 text-sm font-medium text-brand hover:bg-slate-50"
            >
              {tt("link")}
            </Link>
          )}
          {plan.status === "published" && can(user, REVISION_PERMISSION) && (
            <Link
              href={`${routes.plan(plan.id)}/revise`}
              className="rounded border border-brand px-3 py-2 text-sm font-medium text-brand hover:bg-slate-50"
            >
              {tr("link")}
            </Link>
          )}
          {plan.status === "draft" && can(user, "plan.publish") && (
            <PublishPlanButton planId={plan.id} version={plan.version} />
          )}
        </div>
      </header>
      {plan.warnings.length > 0 && can(user, "plan.edit") && (
        <details className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <summary className="cursor-pointer font-medium text-amber-900">
            {t("detail.warnings")}({plan.warnings.length})
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-amber-900">
            {plan.warnings.map((w, i) => (
              <li key={i}>
                {w.itemCode && <span className="font-medium">{w.itemCode} </span>}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PlanTreeView tree={tree} canEdit={plan.status === "draft" && can(user, "plan.edit")} />
    </section>
  );
}
