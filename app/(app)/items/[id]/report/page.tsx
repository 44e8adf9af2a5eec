import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ReportCard } from "@/components/reports/report-card";
import { ReportForm } from "@/components/reports/report-form";
import { requireUser } from "@/lib/auth/session";
import { loadPage, pageId } from "@/lib/load-page";
import { periodLabel } from "@/lib/lifecycle/periods";
import { getReportForm } from "@/lib/services/reports";
import { routes } from "@/lib/routes";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("reports");
  const tp = await getTranslations("common.period");
  const { id } = await params;
  const { period } = await searchParams;
  const workItemId = pageId(id);
  const form = await loadPage(() =>
    getReportForm({
      actor: user,
      workItemId,
      period: period && /^\d{4}-(\d{2}|Q[1-4])$/.test(period) ? period : null,
    }),
  );
  const { item, report } = form;
  const locked = report && (report.status === "submitted" || report.status === "accepted");
  const values = new Map(form.readings.map((r) => [r.indicatorId, r.value]));
  return (
    <section className="space-y-4">
      <p>
        <Link href={routes.item(item.id)} className="text-sm text-brand hover:underline">
          ← {item.code} {item.title}
        </Link>
      </p>
      <PageHeader title={t("title")} />
      <p className="text-slate-700">
        {t("periodLine", { period: periodLabel(form.period, tp), date: form.dueOn })} · {t(`role.${form.role}`)}
      </p>
      <nav aria-label={t("periods")} className="flex flex-wrap gap-2 text-sm">
        {form.periods.map((p) => (
          <Link
            key={p}
            href={routes.itemReport(item.id, p)}
            aria-current={p === form.period ? "page" : undefined}
            className={`rounded border px-2 py-1 ${p === form.period ? "border-brand bg-brand text-white" : "border-slate-300 text-slate-700 hover:border-brand"}`}
          >
            {periodLabel(p, tp)}
          </Link>
        ))}
      </nav>
      {item.status !== "dispatched" ? (
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-800">
          {t(item.status === "draft" ? "notDispatched" : "completed")}
        </p>
      ) : (
        <>
          {report?.status === "returned" && (
            <p role="note" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800">
              {t("returnedBanner", { reason: report.returnReason ?? "" })}
            </p>
          )}
          {form.role === "lead" && (
            <section aria-labelledby="supporting-title" className="rounded bg-white p-4 shadow-sm">
              <h2 id="supporting-title" className="font-semibold">
                {t("supporting.title")}
              </h2>
              {form.supporting.length === 0 ? (
                <p className="mt-2 text-slate-600">{t("supporting.empty")}</p>
              ) : (
                <div className="mt-2 space-y-2">
                  {form.supporting.map((s) => (
                    <ReportCard key={s.id} report={s} />
                  ))}
                </div>
              )}
            </section>
          )}
          <div className="rounded bg-white p-4 shadow-sm">
            {locked ? (
              <p className="text-slate-700">{t("locked")}</p>
            ) : (
              <ReportForm
                workItemId={item.id}
                period={form.period}
                report={report}
                indicators={form.indicators.map((i) => ({ ...i, value: values.get(i.id) ?? null }))}
              />
            )}
            {form.files.length > 0 && (
              <p className="mt-3 text-sm text-slate-700">
                {t("existingFiles")}:
                {form.files.map((f) => (
                  <a key={f.id} href={`/api/files/${f.id}`} className="ml-2 text-brand hover:underline">
                    {f.filename}
                  </a>
                ))}
              </p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
