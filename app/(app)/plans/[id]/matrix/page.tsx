import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ResponsibilityMatrix } from "@/components/plans/responsibility-matrix";
import { requireUser } from "@/lib/auth/session";
import { loadPage, pageId } from "@/lib/load-page";
import { getResponsibilityMatrix } from "@/lib/services/plans";
import { routes } from "@/lib/routes";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ department?: string; section?: string }>;
};

const positiveInt = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("matrix.title") };
}

export default async function MatrixPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const planId = pageId((await params).id);
  const query = await searchParams;
  const departmentId = positiveInt(query.department);
  const sectionId = positiveInt(query.section);
  const t = await getTranslations("plans.matrix");
  const matrix = await loadPage(() => getResponsibilityMatrix({ actor: user, planId, departmentId, sectionId }));
  return (
    <section className="space-y-4">
      <Link href={routes.plan(planId)} className="text-sm text-brand hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-xl font-semibold">
        {t("title")} · {matrix.plan.title}
      </h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-3 shadow-sm">
        <label className="text-sm">
          <span className="block font-medium">{t("filterDepartment")}</span>
          <select
            name="department"
            defaultValue={departmentId ?? ""}
            className="mt-1 max-w-[16rem] rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("all")}</option>
            {matrix.departmentOptions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filterSection")}</span>
          <select
            name="section"
            defaultValue={sectionId ?? ""}
            className="mt-1 rounded border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("all")}</option>
            {matrix.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark"
        >
          {t("apply")}
        </button>
      </form>
      <p className="text-sm text-slate-600">{t("legend")}</p>
      {matrix.rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ResponsibilityMatrix matrix={matrix} />
      )}
    </section>
  );
}
