import type { Metadata } from "next";
import { formatDateTime } from "@/lib/format/dates";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LevelBadge, StatusBadge } from "@/components/notices/badges";
import { CloseNoticeButton } from "@/components/notices/close-button";
import { EscalateForm } from "@/components/notices/escalate-form";
import { RespondForm } from "@/components/notices/respond-form";
import { can } from "@/lib/authz";
import { listEvidence } from "@/lib/services/evidence";
import { NEXT_LEVEL, noticeNumber } from "@/lib/services/notices";
import { loadNotice } from "@/components/notices/load-notice";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { notice } = await loadNotice((await params).id);
  const t = await getTranslations("notices");
  return { title: t("number", noticeNumber(notice)) };
}

export default async function NoticePage({ params }: Props) {
  const { user, notice, canRespond, canClose, canEscalate } = await loadNotice((await params).id);
  const t = await getTranslations("notices");
  const evidence = await listEvidence({ actor: user, ownerType: "supervision_notice", ownerIds: [notice.id] });
  const nextLevel = NEXT_LEVEL[notice.level];
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[8rem_1fr]">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">{value}</dd>
    </div>
  );
  return (
    <article className="space-y-4">
      <Link href="/notices" className="text-sm text-brand hover:underline">
        ← {t("detail.back")}
      </Link>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          {t("number", noticeNumber(notice))}
          <LevelBadge level={notice.level} />
          <StatusBadge status={notice.status} overdue={notice.isOverdue} />
        </h1>
        <Link
          href={routes.noticePrint(notice.id)}
          className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
        >
          {t("detail.print")}
        </Link>
      </header>
      <dl className="divide-y rounded bg-white px-4 shadow-sm">
        {row(t("detail.plan"), notice.planTitle)}
        {row(
          t("detail.item"),
          <Link href={routes.item(notice.workItemId)} className="text-brand hover:underline">
            {notice.itemCode} {notice.itemTitle}
          </Link>,
        )}
        {row(t("detail.department"), notice.departmentName)}
        {row(t("detail.reason"), notice.reason)}
        {row(t("detail.respondBy"), notice.respondBy)}
        {row(t("detail.issuer"), `${notice.issuerName} · ${formatDateTime(notice.createdAt)}`)}
        {notice.escalatedFromId &&
          row(
            "",
            <Link href={routes.notice(notice.escalatedFromId)} className="text-brand hover:underline">
              {t("detail.escalatedFrom", { id: notice.escalatedFromId })}
            </Link>,
          )}
        {notice.response && row(t("detail.response"), notice.response)}
        {notice.respondedAt &&
          row(t("detail.responder"), `${notice.responderName ?? ""} · ${formatDateTime(notice.respondedAt)}`)}
        {evidence.length > 0 &&
          row(
            t("detail.evidence"),
            <ul className="space-y-1">
              {evidence.map((f) => (
                <li key={f.id}>
                  <a href={`/api/files/${f.id}`} className="text-brand hover:underline">
                    {f.filename}
                  </a>
                </li>
              ))}
            </ul>,
          )}
      </dl>
      {canRespond && (
        <div className="rounded bg-white p-4 shadow-sm">
          <RespondForm noticeId={notice.id} version={notice.version} />
        </div>
      )}
      {(canClose || canEscalate) && (
        <div className="space-y-3 rounded bg-white p-4 shadow-sm">
          {canClose && <CloseNoticeButton noticeId={notice.id} version={notice.version} />}
          {canEscalate && nextLevel && (
            <EscalateForm noticeId={notice.id} version={notice.version} nextLevel={nextLevel} />
          )}
        </div>
      )}
      {can(user, "audit.read") && (
        <Link
          href={`/audit?workItemId=${notice.workItemId}&planId=${notice.planId}`}
          className="inline-block text-sm text-brand hover:underline"
        >
          {t("detail.auditTrail")}
        </Link>
      )}
    </article>
  );
}
