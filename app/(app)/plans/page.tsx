import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listPlans } from "@/lib/services/plans";
import { routes } from "@/lib/routes";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage() {
  const user = await requireUser();
  // The 审计员 reads the audit trail, not the plans.
  if (!can(user, "plan.read")) forbidden();
  const t = await getTranslations("plans");
  const rows = await listPlans({ actor: user });
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          can(user, "plan.import") && (
            <Link
              href="/plans/import"
              className="rounded bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark"
            >
              {t("importButton")}
            </Link>
          )
        }
      />
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {rows.map((plan) => (
            <li key={plan.id} className="p-3">
              <Link href={routes.plan(plan.id)} className="font-medium text-brand hover:underline">
                {plan.title}
              </Link>
              <p className="text-sm text-slate-600">
                {plan.docNumber} · {plan.periodStart?.slice(0, 4)}—{plan.periodEnd?.slice(0, 4)} ·{" "}
                {t(`status.${plan.status}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
