import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionWizard } from "@/components/plans/revision-wizard";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { loadPage, pageId } from "@/lib/load-page";
import { routes } from "@/lib/routes";
import { getPlanTree } from "@/lib/services/plans";
import { REVISION_PERMISSION } from "@/lib/services/plan-revision";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser();
  if (!can(user, REVISION_PERMISSION)) forbidden();
  const { plan } = await loadPage(() => getPlanTree({ actor: user, planId: pageId(id) }));
  return plan;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await load((await params).id);
  return { title: (await getTranslations("revisions"))("title", { plan: plan.title }) };
}

/** 导入修订版 of a published plan (secretariat, admin). */
export default async function RevisePlanPage({ params }: Props) {
  const plan = await load((await params).id);
  const t = await getTranslations("revisions");
  return (
    <section className="space-y-4">
      <Link href={routes.plan(plan.id)} className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("title", { plan: plan.title })} intro={t("intro")} />
      {plan.status === "published" ? (
        <RevisionWizard planId={plan.id} />
      ) : (
        <Alert tone="warning">{t("notPublished")}</Alert>
      )}
    </section>
  );
}
