import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GroupMembersForm } from "@/components/admin/group-members-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { pageId } from "@/lib/load-page";
import { listDepartmentGroups, listDepartmentOptions } from "@/lib/services/departments";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.departments"))("groups.title") };
}

export default async function AdminGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!can(actor, "department.manage")) forbidden();
  const id = pageId((await params).id);
  const group = (await listDepartmentGroups({ actor })).find((g) => g.id === id);
  if (!group) notFound();
  const departments = await listDepartmentOptions({ actor });
  const t = await getTranslations("admin.departments");
  return (
    <section className="space-y-4">
      <Link href="/admin/departments" className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("groups.editTitle", { name: group.name })} intro={t("groups.hint")} />
      <div className="rounded bg-white p-4 shadow-sm">
        <GroupMembersForm group={group} departments={departments} />
      </div>
    </section>
  );
}
