import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import type { TimelineEntry } from "@/lib/services/timeline";

/** The item's history: every audited event with actor, time (Asia/Shanghai) and a short detail. */
export async function Timeline({ entries, more }: { entries: TimelineEntry[]; more?: React.ReactNode }) {
  const t = await getTranslations("lifecycle.timeline");
  // One wording for every audited action, shared with the audit trail viewer.
  const actions = await getTranslations("audit.actions");
  const label = (action: string) => (actions.has(action as never) ? actions(action as never) : action);
  const detail = (e: TimelineEntry) => {
    const d = e.detail;
    const parts: string[] = [];
    if (e.departmentName) parts.push(e.departmentName);
    if (d.period != null) parts.push(t("detail.period", { period: String(d.period) }));
    if (d.percent != null && e.action.startsWith("report."))
      parts.push(t("detail.percent", { percent: Number(d.percent) }));
    if (d.returnReason) parts.push(t("detail.reason", { reason: String(d.returnReason) }));
    if (d.dueOn && e.action === "item.dispatch") parts.push(t("detail.dueOn", { date: String(d.dueOn) }));
    if (e.action === "item.changeDue")
      parts.push(t("detail.dueChange", { from: String(d.previousDueOn ?? "—"), to: String(d.dueOn ?? "—") }));
    if (d.reason && (e.action === "item.changeDue" || e.action === "item.withdrawDispatch"))
      parts.push(t("detail.reason", { reason: String(d.reason) }));
    if (d.code && e.action.startsWith("item.decompose")) parts.push(`${d.code} ${d.title ?? ""}`.trim());
    return parts.join(" · ");
  };
  return (
    <section aria-labelledby="timeline-title" className="rounded bg-white p-4 shadow-sm">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
          {entries.map((e) => (
            <li key={e.id} className="relative">
              <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand" aria-hidden />
              <p>
                <span className="font-medium">{label(e.action)}</span>
                <span className="text-slate-700"> · {e.actorName}</span>
              </p>
              <p className="text-sm text-slate-600">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                {detail(e) && <span> · {detail(e)}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      {more}
    </section>
  );
}
