import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AliasEditor } from "@/components/admin/alias-editor";
import { DepartmentForm } from "@/components/admin/department-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { loadPage, pageId } from "@/lib/load-page";
import { getDepartment, listDepartmentOptions } from "@/lib/services/departments";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.departments"))("title") };
}

export default async function AdminDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!can(actor, "department.manage")) forbidden();
  const id = pageId((await params).id);
  const department = await loadPage(() => getDepartment({ actor, id }));
  const parents = await listDepartmentOptions({ actor });
  const t = await getTranslations("admin.departments");
  return (
    <section className="space-y-4">
      <Link href="/admin/departments" className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("editTitle", { name: department.name })} />
      <div className="rounded bg-white p-4 shadow-sm">
        <DepartmentForm parents={parents} department={department} />
      </div>
      <div className="space-y-2 rounded bg-white p-4 shadow-sm">
        <h2 className="font-medium">{t("aliases.title")}</h2>
        <AliasEditor departmentId={department.id} aliases={department.aliases} />
      </div>
    </section>
  );
}
