import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DepartmentForm } from "@/components/admin/department-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listDepartmentGroups, listDepartments } from "@/lib/services/departments";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.departments"))("title") };
}

export default async function AdminDepartmentsPage() {
  const user = await requireUser();
  if (!can(user, "department.manage")) forbidden();
  const t = await getTranslations("admin.departments");
  const [rows, groups] = await Promise.all([listDepartments({ actor: user }), listDepartmentGroups({ actor: user })]);
  const parents = rows.filter((d) => d.isActive).map((d) => ({ id: d.id, name: d.name }));
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} />
      <details className="rounded bg-white p-3 shadow-sm">
        <summary className="cursor-pointer font-medium text-brand">{t("create.title")}</summary>
        <div className="pt-3">
          <DepartmentForm parents={parents} />
        </div>
      </details>
      <div className="rounded bg-white p-3 shadow-sm">
        <h2 className="font-medium">{t("groups.title")}</h2>
        <p className="text-sm text-slate-600">{t("groups.hint")}</p>
        <ul className="mt-2 divide-y">
          {groups.map((g) => (
            <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {g.name}{" "}
                <span className="text-sm text-slate-500">· {t("groups.members", { count: g.memberIds.length })}</span>
              </span>
              <Link href={`/admin/departments/groups/${g.id}`} className="text-sm text-brand hover:underline">
                {t("groups.edit")}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <table className="w-full min-w-[640px] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-3 py-2">{t("columns.name")}</th>
              <th className="px-3 py-2">{t("columns.kind")}</th>
              <th className="px-3 py-2">{t("columns.aliases")}</th>
              <th className="px-3 py-2">{t("columns.status")}</th>
              <th className="px-3 py-2">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((d) => (
              <tr key={d.id} className={d.isActive ? "" : "text-slate-400"}>
                <td className="px-3 py-2">
                  {d.name}
                  {d.fullName && d.fullName !== d.name && (
                    <span className="block text-xs text-slate-500">{d.fullName}</span>
                  )}
                </td>
                <td className="px-3 py-2">{t(`kinds.${d.kind}`)}</td>
                <td className="px-3 py-2 text-slate-600">{d.aliases.map((a) => a.alias).join("、") || "—"}</td>
                <td className="px-3 py-2">{d.isActive ? t("active") : t("inactive")}</td>
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/departments/${d.id}`}
                    className="text-brand hover:underline"
                    aria-label={`${t("edit")} ${d.name}`}
                  >
                    {t("edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
