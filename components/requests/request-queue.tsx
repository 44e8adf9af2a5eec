import { Link } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import type { RequestQueue } from "@/lib/services/requests";
import { DecisionForm } from "./decision-form";
import { EvidenceLinks } from "./evidence-links";
import { RequestStatusBadge } from "./status-badge";
import { routes } from "@/lib/routes";

type Row = RequestQueue["extensions"][number] | RequestQueue["completions"][number];

async function RequestCard({
  row,
  kind,
  decide,
  children,
}: {
  row: Row;
  kind: "extension" | "completion";
  decide: boolean;
  children: React.ReactNode;
}) {
  const t = await getTranslations("requests.queue");
  const when = (d: Date | null) => formatDateTime(d);
  return (
    <li>
      <article
        aria-label={`${row.itemCode} ${row.itemTitle}`}
        className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm"
      >
        <div className="flex flex-wrap items-center gap-2">
          <RequestStatusBadge status={row.request.status} />
          <Link href={routes.item(row.workItemId)} className="font-medium text-brand underline hover:text-brand-dark">
            {row.itemCode} {row.itemTitle}
          </Link>
        </div>
        <p className="text-slate-600">
          {t("plan")}:{row.planTitle}
        </p>
        <p>
          {t("department")}:{row.departmentName} · {t("requestedBy")}:{row.requestedByName} ·{" "}
          {when(row.request.createdAt)}
        </p>
        {children}
        {row.request.status !== "pending" && (
          <p className="text-slate-600">
            {t("decidedBy")}:{row.decidedByName} {when(row.request.decidedAt)}
            {row.request.decisionNote ? ` · ${row.request.decisionNote}` : ""}
          </p>
        )}
        {decide && row.request.status === "pending" && (
          <DecisionForm kind={kind} requestId={row.request.id} version={row.request.version} />
        )}
      </article>
    </li>
  );
}

/** The secretariat's queue: extension requests, then completion requests, as cards (readable at 375 px). */
export async function RequestQueueView({
  queue,
  decide,
  pageHref,
}: {
  queue: RequestQueue;
  decide: boolean;
  pageHref: (kind: "extensions" | "completions", page: number) => string;
}) {
  const t = await getTranslations("requests.queue");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="queue-extensions" className="space-y-2">
        <h2 id="queue-extensions" className="text-lg font-semibold">
          {t("extensions")} ({queue.extensionPage.total})
        </h2>
        {queue.extensions.length === 0 ? (
          <p className="text-slate-500">{t("emptyExtensions")}</p>
        ) : (
          <ul className="space-y-3">
            {queue.extensions.map((row) => (
              <RequestCard key={row.request.id} row={row} kind="extension" decide={decide}>
                <p>
                  {t("currentDueOn")}:{row.request.currentDueOn} → {t("requestedDueOn")}:
                  <strong>{row.request.requestedDueOn}</strong>
                </p>
                <p className="whitespace-pre-wrap">
                  {t("reason")}:{row.request.reason}
                </p>
              </RequestCard>
            ))}
          </ul>
        )}
        <Pager {...queue.extensionPage} href={(p) => pageHref("extensions", p)} label={t("extensionPages")} />
      </section>
      <section aria-labelledby="queue-completions" className="space-y-2">
        <h2 id="queue-completions" className="text-lg font-semibold">
          {t("completions")} ({queue.completionPage.total})
        </h2>
        {queue.completions.length === 0 ? (
          <p className="text-slate-500">{t("emptyCompletions")}</p>
        ) : (
          <ul className="space-y-3">
            {queue.completions.map((row) => (
              <RequestCard key={row.request.id} row={row} kind="completion" decide={decide}>
                <p className="whitespace-pre-wrap">
                  {t("summary")}:{row.request.summary}
                </p>
                <div>
                  {t("files")}:<EvidenceLinks files={row.files} empty={t("noFiles")} />
                </div>
              </RequestCard>
            ))}
          </ul>
        )}
        <Pager {...queue.completionPage} href={(p) => pageHref("completions", p)} label={t("completionPages")} />
      </section>
    </div>
  );
}
