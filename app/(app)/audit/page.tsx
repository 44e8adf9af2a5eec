import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable, actionLabeller } from "@/components/audit/audit-table";
import { Pager } from "@/components/ui/pager";
import { presentAuditRows } from "@/lib/audit/rows";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/config";
import { auditFilterOptions, auditItemOptions, listAuditEvents } from "@/lib/services/audit-log";
import { auditFiltersSchema } from "@/lib/validations/audit";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "audit.read")) forbidden();
  const t = await getTranslations("audit");
  const hidden = await getTranslations("auditLabels");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFiltersSchema.safeParse(raw);
  const values = parsed.success ? parsed.data : {};
  const { page, ...filters } = values;
  const [result, options, items, label] = await Promise.all([
    listAuditEvents({ actor: user, filters, page }),
    auditFilterOptions({ actor: user }),
    filters.planId ? auditItemOptions({ actor: user, planId: filters.planId }) : Promise.resolve(null),
    actionLabeller(),
  ]);
  const rows = await presentAuditRows(result.rows, toLocale(await getLocale()));
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (extra: Record<string, string | number>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v != null && v !== "") params.set(k, String(v));
    return `?${params.toString()}`;
  };
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href={`/api/export/audit${query({})}`}
            className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
          >
            {t("export")}
          </a>
        }
      />
      <nav aria-label={t("category.label")} className="flex flex-wrap gap-2">
        {([undefined, "security"] as const).map((category) => (
          <a
            key={category ?? "all"}
            href={query({ category: category ?? "", page: "" })}
            aria-current={filters.category === category ? "page" : undefined}
            className={`rounded px-3 py-1 text-sm ${filters.category === category ? "bg-brand text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
          >
            {t(`category.${category ?? "all"}`)}
          </a>
        ))}
        {can(user, "audit.verify") && (
          <a href="/audit/verify" className="rounded px-3 py-1 text-sm text-brand hover:underline">
            {t("auditorHome.verify")}
          </a>
        )}
      </nav>
      <AuditFilters
        values={values}
        options={{ ...options, actions: options.actions.map((a) => ({ value: a, label: label(a) })), items }}
      />
      <p className="text-sm text-slate-600">
        {result.more ? t("totalMore", { total: result.total }) : t("total", { total: result.total })}
        {!filters.signIns && !filters.action?.startsWith("auth.") && <span> · {hidden("signInsHidden")}</span>}
      </p>
      {result.rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <AuditTable rows={rows} />
      )}
      <Pager page={result.page} pages={pages} href={(page) => query({ page })} />
    </section>
  );
}
