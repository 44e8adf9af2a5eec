import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { ReportCard } from "@/components/reports/report-card";
import { ReviewForm } from "@/components/reports/review-form";
import { can, scopeOf } from "@/lib/authz";
import type { SessionUser } from "@/lib/services/accounts";
import { listUnitOptions } from "@/lib/services/unit-choice";
import { countWaitingReports, itemReportsPage } from "@/lib/services/reports";
import { canReadTimeline, countItemTimeline, getItemTimeline } from "@/lib/services/timeline";
import type { WorkItemDetail } from "@/lib/services/work-items";
import { AcknowledgeButton } from "./acknowledge-button";
import { AssignUnitsForm } from "./assign-units-form";
import { DispatchChanges } from "./dispatch-changes";
import { DispatchForm } from "./dispatch-form";
import { SubItemControls } from "./sub-item-controls";
import { SubItemForm } from "./sub-item-form";
import { Timeline } from "./timeline";
import { routes } from "@/lib/routes";

const card = "rounded bg-white p-4 shadow-sm";

/**
 * The main action for the reader's role, shown right under the item's title (on a phone it would
 * otherwise sit below every department's acknowledgement chip): a liaison acknowledges and reports,
 * the secretariat jumps to the reports awaiting review.
 */
export async function ItemMainAction({ detail, user }: { detail: WorkItemDetail; user: SessionUser }) {
  const t = await getTranslations("lifecycle");
  const { item } = detail;
  const own = detail.assignments.find(
    (a) => scopeOf(user, "report.write") === "department" && a.departmentId === user.departmentId,
  );
  if (own && item.status === "dispatched") {
    return (
      <div className="flex flex-wrap items-center gap-3" data-testid="main-action">
        {!own.acknowledgedAt && <AcknowledgeButton workItemId={item.id} />}
        <Link
          href={routes.itemReport(item.id)}
          className="rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-slate-50"
        >
          {t("report.fill")}
        </Link>
      </div>
    );
  }
  const resource = { type: "workItem" as const, assignments: detail.assignments };
  if (item.status === "dispatched" && can(user, "report.review", resource)) {
    const waiting = await countWaitingReports({ actor: user, workItemId: item.id });
    if (waiting === 0) return null;
    return (
      <div data-testid="main-action">
        <a
          href="#reports-title"
          className="inline-block rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
        >
          {t("report.reviewWaiting", { count: waiting })}
        </a>
      </div>
    );
  }
  return null;
}

/** Reports the item page shows before "show all": a year of monthly reports from the lead and a supporting unit. */
const REPORTS_SHOWN = 24;

/** Records of the item's history (办理动态) shown before "show all": the newest, oldest first. */
const TIMELINE_SHOWN = 30;

/** The lifecycle panels of the work item page: dispatch, acknowledgement, reports and review, decomposition, timeline. */
export async function LifecyclePanels({
  detail,
  user,
  allReports = false,
  allHistory = false,
}: {
  detail: WorkItemDetail;
  user: SessionUser;
  /** Every report, not the newest REPORTS_SHOWN (and those awaiting review). */
  allReports?: boolean;
  /** The whole history, not the newest TIMELINE_SHOWN records. */
  allHistory?: boolean;
}) {
  const t = await getTranslations("lifecycle");
  const { item, plan } = detail;
  const resource = { type: "workItem" as const, assignments: detail.assignments };
  const { reports, total: reportTotal } = await itemReportsPage({
    actor: user,
    workItemId: item.id,
    limit: allReports ? Number.POSITIVE_INFINITY : REPORTS_SHOWN,
  });
  const mayDecompose = can(user, "item.decompose", resource) && item.status !== "completed";
  const subItems = mayDecompose ? detail.children : [];
  const units = mayDecompose ? await listUnitOptions({ actor: user, purpose: "item.decompose" }) : [];
  const mayAssign = item.status === "draft" && plan.status === "published" && can(user, "item.assign", resource);
  const assignable = mayAssign ? await listUnitOptions({ actor: user, purpose: "item.assign" }) : [];
  const assignForm = mayAssign && (
    <AssignUnitsForm
      item={{ id: item.id, version: item.version }}
      current={detail.assignments.map((a) => ({ departmentId: a.departmentId, role: a.role }))}
      units={assignable}
    />
  );
  const date = (d: Date) => formatDate(d);
  const isOpen = item.status === "dispatched";

  return (
    <>
      <section aria-labelledby="dispatch-title" className={card}>
        <h2 id="dispatch-title" className="text-lg font-semibold">
          {t("dispatch.title")}
        </h2>
        {item.status === "draft" ? (
          can(user, "item.dispatch", resource) ? (
            plan.status === "published" ? (
              // The units form keeps its place whether or not the item has units yet, so its
              // confirmation survives the refresh that brings the dispatch form.
              <div className="mt-3 space-y-3">
                {detail.assignments.length === 0 ? (
                  <p className="text-amber-800">{t("assignUnits.needed")}</p>
                ) : (
                  <DispatchForm item={item} />
                )}
                {assignForm}
              </div>
            ) : (
              <p className="mt-2 text-slate-600">{t("dispatch.planNotPublished")}</p>
            )
          ) : (
            <p className="mt-2 text-slate-600">{t("dispatch.notYet")}</p>
          )
        ) : (
          <p className="mt-2" data-testid="dispatch-info">
            {t("dispatch.info", {
              date: item.dispatchedAt ? date(item.dispatchedAt) : "—",
              cycle: t(`dispatch.cycles.${item.reportingCycle}`),
              day: item.reportDueDay,
            })}
          </p>
        )}
        {item.status !== "draft" && detail.assignments.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t("ack.units")}>
            {detail.assignments.map((a) => (
              <li
                key={a.id}
                className={`rounded px-2 py-1 ${a.acknowledgedAt ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-800"}`}
              >
                {a.departmentName} ·{" "}
                {a.acknowledgedAt
                  ? t("ack.acknowledgedOn", { date: date(a.acknowledgedAt) })
                  : t("ack.notAcknowledged")}
              </li>
            ))}
          </ul>
        )}
        {isOpen && can(user, "item.dispatch", resource) && (
          <DispatchChanges
            item={{ id: item.id, version: item.version, dueOn: item.dueOn }}
            canWithdraw={detail.assignments.every((a) => !a.acknowledgedAt)}
          />
        )}
      </section>

      <section aria-labelledby="reports-title" className={card}>
        <h2 id="reports-title" className="text-lg font-semibold">
          {t("report.title")}
        </h2>
        {reports.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("report.empty")}</p>
        ) : (
          <div className="mt-3 space-y-3">
            {reports.map((r) => (
              <ReportCard key={r.id} report={r}>
                {r.status === "submitted" && can(user, "report.review", resource) && <ReviewForm report={r} />}
              </ReportCard>
            ))}
          </div>
        )}
        {reportTotal > reports.length && (
          <p className="mt-3 text-sm">
            <Link href={`${routes.item(item.id)}?reports=all#reports-title`} className="text-brand hover:underline">
              {t("report.showAll", { shown: reports.length, total: reportTotal })}
            </Link>
          </p>
        )}
      </section>

      {mayDecompose && (
        <section aria-labelledby="decompose-title" className={card}>
          <h2 id="decompose-title" className="text-lg font-semibold">
            {t("decompose.title")}
          </h2>
          {subItems.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("decompose.empty")}</p>
          ) : (
            <ol className="mt-3 divide-y">
              {subItems.map((s, i) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={routes.item(s.id)} className="text-brand hover:underline">
                    {s.code} {s.title}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {s.unitsText} {s.dueOn && `· ${s.dueOn}`}
                  </span>
                  <SubItemControls item={s} first={i === 0} last={i === subItems.length - 1} />
                </li>
              ))}
            </ol>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer text-brand">{t("decompose.add")}</summary>
            <div className="mt-2">
              <SubItemForm parent={item} units={units} />
            </div>
          </details>
        </section>
      )}

      {canReadTimeline(user, resource) && (
        <Timeline
          entries={await getItemTimeline({
            actor: user,
            workItemId: item.id,
            limit: allHistory ? undefined : TIMELINE_SHOWN,
          })}
          more={
            !allHistory &&
            (await countItemTimeline(item.id)) > TIMELINE_SHOWN && (
              <p className="mt-3 text-sm">
                <Link
                  href={`${routes.item(item.id)}?history=all#timeline-title`}
                  className="text-brand hover:underline"
                >
                  {t("timeline.showAll", { shown: TIMELINE_SHOWN })}
                </Link>
              </p>
            )
          }
        />
      )}
    </>
  );
}
