import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import { periodLabel } from "@/lib/lifecycle/periods";
import type { ItemReport } from "@/lib/services/reports";

/** One department's report for one period: status, figures, narrative, files, return reason, history. */
export async function ReportCard({ report, children }: { report: ItemReport; children?: React.ReactNode }) {
  const t = await getTranslations("reports");
  const tp = await getTranslations("common.period");
  const tone: Record<string, string> = {
    draft: "bg-slate-100 text-slate-700",
    submitted: "bg-amber-100 text-amber-800",
    returned: "bg-red-100 text-red-800",
    accepted: "bg-green-100 text-green-800",
  };
  return (
    <article
      className="rounded border border-slate-200 p-3"
      aria-label={`${report.departmentName} ${periodLabel(report.period, tp)}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{report.departmentName}</span>
        <span className="text-sm text-slate-600">{periodLabel(report.period, tp)}</span>
        <span className={`rounded px-2 py-0.5 text-xs ${tone[report.status]}`}>{t(`status.${report.status}`)}</span>
        <span className="text-sm">
          {t(`progressStatus.${report.progressStatus}`)} · {t("list.percent", { percent: report.percent })}
        </span>
      </header>
      {report.returnReason && (
        <p className="mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-800">
          {t("list.returnReason", { reason: report.returnReason })}
        </p>
      )}
      <p className="mt-2 whitespace-pre-wrap text-sm">{report.narrative}</p>
      {report.difficulties && (
        <p className="mt-1 text-sm text-slate-700">
          {t("fields.difficulties")}:{report.difficulties}
        </p>
      )}
      {report.helpNeeded && (
        <p className="mt-1 text-sm text-slate-700">
          {t("fields.helpNeeded")}:{report.helpNeeded}
        </p>
      )}
      {report.readings.length > 0 && (
        <ul className="mt-1 text-sm text-slate-700">
          {report.readings.map((r) => (
            <li key={r.indicatorId}>
              {r.name}:{r.value}
              {r.unit}
            </li>
          ))}
        </ul>
      )}
      {report.files.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2 text-sm">
          {report.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/files/${f.id}`} className="text-brand hover:underline">
                {f.filename}
              </a>
            </li>
          ))}
        </ul>
      )}
      {report.submittedAt && (
        <p className="mt-1 text-xs text-slate-500">
          {t("list.submittedAt", { time: formatDateTime(report.submittedAt) })}
        </p>
      )}
      {report.revisions.length > 1 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-700">
            {t("list.history", { count: report.revisions.length })}
          </summary>
          <ol className="mt-1 space-y-1">
            {report.revisions.map((rev) => {
              const snap = rev.snapshot as { percent?: number; narrative?: string };
              return (
                <li key={rev.id} className="rounded bg-slate-50 px-2 py-1">
                  {t("list.revision", { n: rev.revision })} · {t("list.percent", { percent: snap.percent ?? 0 })} ·{" "}
                  {snap.narrative}
                </li>
              );
            })}
          </ol>
        </details>
      )}
      {children}
    </article>
  );
}
