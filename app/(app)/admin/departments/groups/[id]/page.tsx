import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GroupMembersForm } from "@/components/admin/group-members-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listDepartmentGroups, listDepartmentOptions } from "@/lib/services/departments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.departments"))("groups.title") };
}

export default async function AdminGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!can(actor, "department.manage")) forbidden();
  const id = Number((await params).id);
  const group = (await listDepartmentGroups({ actor })).find((g) => g.id === id);
  if (!group) notFound();
  const departments = await listDepartmentOptions({ actor });
  const t = await getTranslations("admin.departments");
  return (
    <section className="space-y-4">
      <Link href="/admin/departments" className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-xl font-semibold">{t("groups.editTitle", { name: group.name })}</h1>
      <p className="text-sm text-slate-600">{t("groups.hint")}</p>
      <div className="rounded bg-white p-4 shadow-sm">
        <GroupMembersForm key={group.version} group={group} departments={departments} />
      </div>
    </section>
  );
}
