import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import { can } from "@/lib/authz";
import type { SessionUser } from "@/lib/services/accounts";
import { getItemRequestPanel } from "@/lib/services/requests";
import { CompletionRequestForm } from "./completion-request-form";
import { EvidenceLinks } from "./evidence-links";
import { ExtensionRequestForm } from "./extension-request-form";
import { RequestStatusBadge } from "./status-badge";

/** The item page's 延期与办结 panel: both due dates, the request history, and the liaison's forms. */
export async function ItemRequestsPanel({ user, workItemId }: { user: SessionUser; workItemId: number }) {
  const t = await getTranslations("requests");
  const {
    item,
    resource,
    extensions,
    completions,
    ownAcknowledged: acknowledged,
  } = await getItemRequestPanel({ actor: user, workItemId });
  const open = item.status === "dispatched";
  const ownPendingExtension = extensions.some(
    (e) => e.request.status === "pending" && e.request.departmentId === user.departmentId,
  );
  const pendingCompletion = completions.some((c) => c.request.status === "pending");
  // A department asks for more time or for completion only once it has acknowledged (签收) the item.
  const mayRequest = can(user, "extension.request", resource) || can(user, "completion.request", resource);
  const showExtensionForm =
    open && acknowledged && Boolean(item.dueOn) && !ownPendingExtension && can(user, "extension.request", resource);
  const showCompletionForm = open && acknowledged && !pendingCompletion && can(user, "completion.request", resource);
  const when = (d: Date | null) => formatDateTime(d);

  return (
    <section aria-labelledby="requests-panel-title" className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="requests-panel-title" className="text-lg font-semibold">
        {t("panel.title")}
      </h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("panel.dueOn")}</dt>
          <dd className="font-medium">{item.dueOn ?? t("panel.noDueOn")}</dd>
        </div>
        {item.originalDueOn && item.originalDueOn !== item.dueOn && (
          <div>
            <dt className="text-slate-500">{t("panel.originalDueOn")}</dt>
            <dd className="font-medium line-through decoration-slate-400">{item.originalDueOn}</dd>
          </div>
        )}
        {item.status === "completed" && (
          <div>
            <dt className="text-slate-500">{t("panel.completedAt")}</dt>
            <dd className="font-medium text-green-700">
              {t("panel.completed")} {when(item.completedAt)}
            </dd>
          </div>
        )}
      </dl>

      <div>
        <h3 className="font-semibold">{t("panel.extensionHistory")}</h3>
        {extensions.length === 0 ? (
          <p className="text-sm text-slate-500">{t("panel.noExtensions")}</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {extensions.map((e) => (
              <li key={e.request.id} className="rounded border border-slate-100 p-2">
                <div className="flex flex-wrap items-center gap-2">
                  <RequestStatusBadge status={e.request.status} />
                  <span>{e.departmentName}</span>
                  <span>
                    {e.request.currentDueOn} → <strong>{e.request.requestedDueOn}</strong>
                  </span>
                  <span className="text-slate-500">{when(e.request.createdAt)}</span>
                </div>
                <p className="mt-1 whitespace-pre-wrap">{e.request.reason}</p>
                {e.request.decisionNote && (
                  <p className="mt-1 text-slate-600">
                    {t("panel.note")}:{e.request.decisionNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="font-semibold">{t("panel.completionHistory")}</h3>
        {completions.length === 0 ? (
          <p className="text-sm text-slate-500">{t("panel.noCompletions")}</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {completions.map((c) => (
              <li key={c.request.id} className="rounded border border-slate-100 p-2">
                <div className="flex flex-wrap items-center gap-2">
                  <RequestStatusBadge status={c.request.status} />
                  <span>{c.departmentName}</span>
                  <span className="text-slate-500">{when(c.request.createdAt)}</span>
                </div>
                <p className="mt-1 whitespace-pre-wrap">{c.request.summary}</p>
                <div className="mt-1">
                  <EvidenceLinks files={c.files} empty={t("queue.noFiles")} />
                </div>
                {c.request.decisionNote && (
                  <p className="mt-1 text-slate-600">
                    {t("panel.note")}:{c.request.decisionNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      {ownPendingExtension && <p className="text-sm text-amber-700">{t("panel.pendingExtension")}</p>}
      {pendingCompletion && <p className="text-sm text-amber-700">{t("panel.pendingCompletion")}</p>}
      {open && mayRequest && !acknowledged && <p className="text-sm text-slate-600">{t("panel.acknowledgeFirst")}</p>}
      {showExtensionForm && <ExtensionRequestForm item={{ id: item.id, version: item.version, dueOn: item.dueOn }} />}
      {showCompletionForm && <CompletionRequestForm item={{ id: item.id, version: item.version }} />}
    </section>
  );
}
