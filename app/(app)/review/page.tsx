import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Pager } from "@/components/ui/pager";
import { StatCard } from "@/components/dashboard/stat-card";
import { ReviewForm } from "@/components/reports/review-form";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { periodLabel } from "@/lib/lifecycle/periods";
import { BatchDispatchForm } from "@/components/lifecycle/batch-dispatch-form";
import { listUndispatched } from "@/lib/services/dispatch";
import { getReviewQueue } from "@/lib/services/inbox";
import { routes } from "@/lib/routes";
import { PageHeader } from "@/components/ui/page-header";
import { pageNumber } from "@/lib/validations/paging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle"))("review.title") };
}

/** Each section pages on its own: ?reports=N, ?unack=N, ?pending=N (anything else is page 1). */
const paramsSchema = z.object({ reports: pageNumber, unack: pageNumber, pending: pageNumber });
type Params = z.output<typeof paramsSchema>;

/** 审核: decisions first (reports to review, requests to decide), then unacknowledged dispatches grouped by item and collapsed. */
export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  if (!can(user, "report.review")) forbidden();
  const t = await getTranslations("lifecycle.review");
  const tp = await getTranslations("common.period");
  const tr = await getTranslations("reports");
  const params = paramsSchema.parse(await searchParams);
  const queue = await getReviewQueue({ actor: user, pages: { reports: params.reports, unacknowledged: params.unack } });
  const { submitted, unacknowledged, pendingExtensions, pendingCompletions } = queue;
  const pending = can(user, "item.dispatch") ? await listUndispatched({ actor: user, page: params.pending }) : null;
  const td = await getTranslations("lifecycle.dispatch");
  const pagesOf = (total: number) => Math.max(1, Math.ceil(total / queue.pageSize));
  // A pager link changes its own section's page and keeps the others'.
  const href = (key: keyof Params, anchor: string) => (page: number) => {
    const next = { ...params, [key]: page };
    const query = new URLSearchParams(Object.entries(next).flatMap(([k, v]) => (v > 1 ? [[k, String(v)]] : [])));
    return `?${query}#${anchor}`;
  };
  return (
    <section className="space-y-6">
      <PageHeader title={t("title")} />
      {/* Decisions first: what waits for the secretariat, each a link to where it is decided. */}
      <nav aria-label={t("decisions")} className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatCard label={t("submitted")} value={queue.submittedTotal} href="#submitted-title" tone="warn" />
        <StatCard label={t("pendingExtensions")} value={pendingExtensions} href="/requests" tone="warn" />
        <StatCard label={t("pendingCompletions")} value={pendingCompletions} href="/requests" tone="warn" />
      </nav>
      <section aria-labelledby="submitted-title" className="space-y-2">
        <h2 id="submitted-title" className="text-lg font-semibold">
          {t("submitted")} ({queue.submittedTotal})
        </h2>
        {submitted.length === 0 ? (
          <p className="text-slate-600">{t("emptySubmitted")}</p>
        ) : (
          <ul className="divide-y rounded bg-white shadow-sm">
            {submitted.map((r) => (
              <li key={r.reportId} className="space-y-2 p-3">
                <Link href={routes.item(r.itemId)} className="font-medium text-brand hover:underline">
                  {r.code} {r.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {r.departmentName} · {periodLabel(r.period, tp)} · {tr(`progressStatus.${r.progressStatus}`)} ·{" "}
                  {tr("list.percent", { percent: r.percent })}
                  {r.submittedAt && ` · ${formatDateTime(r.submittedAt)}`}
                </p>
                <p className="line-clamp-2 text-sm">{r.narrative}</p>
                <details>
                  <summary className="cursor-pointer text-sm text-brand">{t("decide")}</summary>
                  <div className="mt-2">
                    <ReviewForm report={{ id: r.reportId, version: r.version }} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <Pager page={params.reports} pages={pagesOf(queue.submittedTotal)} href={href("reports", "submitted-title")} />
      </section>
      <section aria-labelledby="unack-title" className="space-y-2">
        <h2 id="unack-title" className="text-lg font-semibold">
          {t("unacknowledged")} (
          {t("unackCount", { items: queue.unacknowledgedItems, units: queue.unacknowledgedUnits })})
        </h2>
        {unacknowledged.length === 0 ? (
          <p className="text-slate-600">{t("emptyUnacknowledged")}</p>
        ) : (
          <ul className="divide-y rounded bg-white text-sm shadow-sm">
            {unacknowledged.map((g) => (
              <li key={g.itemId} className="p-3" data-testid="unack-group">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">
                      {g.code} {g.title}
                    </span>
                    <span className="ml-2 text-slate-600">
                      {t("unitsWaiting", { count: g.departments.length })}
                      {g.dispatchedAt && ` · ${t("dispatchedOn", { date: formatDate(g.dispatchedAt) })}`}
                    </span>
                  </summary>
                  <p className="mt-2 text-slate-700">{g.departments.join("、")}</p>
                  <Link href={routes.item(g.itemId)} className="mt-1 inline-block text-brand hover:underline">
                    {t("openItem")}
                  </Link>
                </details>
              </li>
            ))}
          </ul>
        )}
        <Pager page={params.unack} pages={pagesOf(queue.unacknowledgedItems)} href={href("unack", "unack-title")} />
      </section>
      {pending && (
        <section aria-labelledby="pending-title" className="space-y-2">
          <h2 id="pending-title" className="text-lg font-semibold">
            {td("pending")} ({pending.total})
          </h2>
          {pending.groups.length === 0 ? (
            <p className="text-slate-600">{td("emptyPending")}</p>
          ) : (
            <div className="rounded bg-white p-3 shadow-sm">
              <BatchDispatchForm groups={pending.groups} />
            </div>
          )}
          <Pager
            page={params.pending}
            pages={Math.max(1, Math.ceil(pending.total / pending.pageSize))}
            href={href("pending", "pending-title")}
          />
        </section>
      )}
    </section>
  );
}
