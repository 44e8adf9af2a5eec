import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { USER_ROLES, type UserRole } from "@/db/schema/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listDepartmentOptions } from "@/lib/services/departments";
import { listUsers, type UserFilters } from "@/lib/services/users";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

type Search = { q?: string; role?: string; department?: string; status?: string };

function filtersOf(search: Search): UserFilters {
  return {
    q: search.q?.trim() || undefined,
    role: USER_ROLES.includes(search.role as UserRole) ? (search.role as UserRole) : undefined,
    departmentId: Number(search.department) > 0 ? Number(search.department) : undefined,
    status: search.status === "active" || search.status === "inactive" ? search.status : undefined,
  };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  if (!can(user, "user.manage")) forbidden();
  const search = await searchParams;
  const t = await getTranslations("admin.users");
  const tCommon = await getTranslations("common");
  const [rows, departments] = await Promise.all([
    listUsers({ actor: user, filters: filtersOf(search) }),
    listDepartmentOptions({ actor: user }),
  ]);
  const control = "rounded border border-slate-300 px-2 py-1.5";
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} />
      <details className="rounded bg-white p-3 shadow-sm">
        <summary className="cursor-pointer font-medium text-brand">{t("create.title")}</summary>
        <div className="pt-3">
          <UserForm departments={departments} />
        </div>
      </details>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label={t("filters.apply")}>
        <input
          name="q"
          defaultValue={search.q ?? ""}
          placeholder={t("filters.q")}
          aria-label={t("filters.q")}
          className={`${control} min-w-0 flex-1`}
        />
        <select name="role" defaultValue={search.role ?? ""} aria-label={t("filters.role")} className={control}>
          <option value="">
            {t("filters.role")}:{t("filters.all")}
          </option>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {tCommon(`roles.${role}`)}
            </option>
          ))}
        </select>
        <select
          name="department"
          defaultValue={search.department ?? ""}
          aria-label={t("filters.department")}
          className={`${control} max-w-48`}
        >
          <option value="">
            {t("filters.department")}:{t("filters.all")}
          </option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <select name="status" defaultValue={search.status ?? ""} aria-label={t("filters.status")} className={control}>
          <option value="">
            {t("filters.status")}:{t("filters.all")}
          </option>
          <option value="active">{t("filters.active")}</option>
          <option value="inactive">{t("filters.inactive")}</option>
        </select>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark">
          {t("filters.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded bg-white shadow-sm">
          <table className="w-full min-w-[640px] text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2">{t("columns.username")}</th>
                <th className="px-3 py-2">{t("columns.displayName")}</th>
                <th className="px-3 py-2">{t("columns.role")}</th>
                <th className="px-3 py-2">{t("columns.department")}</th>
                <th className="px-3 py-2">{t("columns.status")}</th>
                <th className="px-3 py-2">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {rows.map((row) => (
                <tr key={row.id} className={row.isActive ? "" : "text-slate-400"}>
                  <td className="px-3 py-2 font-mono">{row.username}</td>
                  <td className="px-3 py-2">{row.displayName}</td>
                  <td className="px-3 py-2">{tCommon(`roles.${row.role}`)}</td>
                  <td className="px-3 py-2">{row.departmentName ?? "—"}</td>
                  <td className="px-3 py-2">
                    {row.isActive ? t("filters.active") : t("filters.inactive")}
                    {row.mustChangePassword && <span className="ml-1 text-xs text-amber-700">({t("mustChange")})</span>}
                  </td>
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/users/${row.id}`}
                      className="text-brand hover:underline"
                      aria-label={`${t("edit")} ${row.username}`}
                    >
                      {t("edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
