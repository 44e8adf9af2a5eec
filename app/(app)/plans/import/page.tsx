import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/plans/import-wizard";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listDepartmentOptions } from "@/lib/services/plan-import";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("import.title") };
}

export default async function ImportPlanPage() {
  const user = await requireUser();
  if (!can(user, "plan.import")) forbidden();
  const t = await getTranslations("plans.import");
  const departments = await listDepartmentOptions({ actor: user });
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ImportWizard departments={departments.map((d) => ({ id: d.id, name: d.name }))} />
    </section>
  );
}
