import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TimelineExport } from "@/components/timeline/export-buttons";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { TimelineLegend, TimelineSections } from "@/components/timeline/timeline-sections";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { loadPage, pageId } from "@/lib/load-page";
import { addDays, today } from "@/lib/clock";
import { routes } from "@/lib/routes";
import { getPlanTimeline } from "@/lib/services/timeline-plan";
import { calendarDate } from "@/lib/validations/dates";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A positive whole number from the query, or nothing. */
function idParam(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

// Landscape paper; the app header, the filters and the buttons stay off it.
const PRINT_CSS = `@page { size: A4 landscape; margin: 10mm; }
@media print { body { background: #fff !important; } header { display: none !important; } main { max-width: none !important; padding: 0 !important; } }`;

/** 挂图作战: a plan's dispatched items on a calendar, section by section, one page of rows at a time. */
export default async function PlanTimelinePage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, getPlanTimeline.permission)) forbidden();
  const planId = pageId((await params).id);
  const query = await searchParams;
  const asOf = typeof query.asOf === "string" && calendarDate().safeParse(query.asOf).success ? query.asOf : undefined;
  const filters = { departmentId: idParam(query.departmentId), sectionId: idParam(query.sectionId), asOf };
  const timeline = await loadPage(() =>
    getPlanTimeline({ actor: user, planId, filters, page: idParam(query.page) ?? 1 }),
  );
  const t = await getTranslations("timeline");
  const base = `${routes.plan(planId)}/timeline`;
  const pageHref = (page: number) =>
    `${base}?${new URLSearchParams({
      ...(filters.departmentId ? { departmentId: String(filters.departmentId) } : {}),
      ...(filters.sectionId ? { sectionId: String(filters.sectionId) } : {}),
      ...(timeline.filters.asOf ? { asOf: timeline.filters.asOf } : {}),
      page: String(page),
    })}`;
  return (
    <section className="space-y-4">
      <style>{PRINT_CSS}</style>
      <Link href={routes.plan(planId)} className="text-sm text-brand hover:underline print:hidden">
        ← {t("back")}
      </Link>
      <PageHeader
        title={t("heading", { plan: timeline.plan.title })}
        intro={t(timeline.filters.asOf ? "summaryAsOf" : "summary", {
          today: timeline.today,
          total: timeline.total,
          page: timeline.page,
          pages: timeline.pages,
        })}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {can(user, "screen.manage") && (
              <Link href="/screens" className="text-sm text-brand hover:underline print:hidden">
                {t("screens")}
              </Link>
            )}
            <TimelineExport
              containerId="plan-timeline"
              filename={t("export.filename", { plan: timeline.plan.title, today: timeline.today })}
              labels={{ png: t("export.png"), pdf: t("export.pdf"), failed: t("export.failed") }}
            />
          </div>
        }
      />
      <TimelineFilters
        action={base}
        filters={timeline.filters}
        options={timeline.options}
        maxAsOf={addDays(today(), -1)}
      />
      <TimelineLegend />
      <div id="plan-timeline">
        {timeline.total === 0 ? (
          <p className="rounded bg-white p-4 text-sm text-slate-600 shadow-sm">{t("empty")}</p>
        ) : (
          <TimelineSections timeline={timeline} />
        )}
      </div>
      <div className="print:hidden">
        <Pager page={timeline.page} pages={timeline.pages} href={pageHref} />
      </div>
    </section>
  );
}
