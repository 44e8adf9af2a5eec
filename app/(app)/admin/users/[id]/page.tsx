import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UserAccountActions } from "@/components/admin/user-account-actions";
import { UserForm } from "@/components/admin/user-form";
import { UserSecurityActions } from "@/components/admin/user-security-actions";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { loadPage, pageId } from "@/lib/load-page";
import { listDepartmentOptions } from "@/lib/services/departments";
import { getUser, getUserSecurity } from "@/lib/services/users";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!can(actor, "user.manage")) forbidden();
  const id = pageId((await params).id);
  const user = await loadPage(() => getUser({ actor, id }));
  const departments = await listDepartmentOptions({ actor });
  const security = await getUserSecurity({ actor, id });
  const t = await getTranslations("admin.users");
  return (
    <section className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("editTitle", { name: user.displayName })} />
      <div className="rounded bg-white p-4 shadow-sm">
        <UserForm departments={departments} user={user} />
      </div>
      <div className="space-y-2 rounded bg-white p-4 shadow-sm">
        <h2 className="font-medium">
          {t("account")}:{user.isActive ? t("filters.active") : t("filters.inactive")}
          {user.mustChangePassword && <span className="ml-1 text-sm text-amber-700">({t("mustChange")})</span>}
        </h2>
        <UserAccountActions user={user} />
        <UserSecurityActions user={user} secondFactor={security.secondFactor} locked={security.locked} />
      </div>
    </section>
  );
}
