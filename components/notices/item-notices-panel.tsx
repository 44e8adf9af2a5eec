import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { today } from "@/lib/clock";
import type { SessionUser } from "@/lib/services/accounts";
import { listNotices, noticeTargets } from "@/lib/services/notice-queries";
import { IssueNoticeForm } from "./issue-notice-form";
import { NoticeTable } from "./notice-table";

/** The work item page's 督办单 panel: the item's notices and, for issuers, the issue form. */
export async function ItemNoticesPanel({ user, workItemId }: { user: SessionUser; workItemId: number }) {
  const t = await getTranslations("notices");
  const [rows, targets] = await Promise.all([
    listNotices({ actor: user, workItemId }),
    noticeTargets({ actor: user, workItemId }),
  ]);
  return (
    <section className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="notices-panel-title">
      <div className="flex items-center justify-between gap-2">
        <h2 id="notices-panel-title" className="font-semibold">
          {t("panel.title")}
        </h2>
        {can(user, "notice.read") && (
          <Link href="/notices" className="text-sm text-brand hover:underline">
            {t("panel.all")}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("panel.empty")}</p>
      ) : (
        <NoticeTable rows={rows} today={today()} showItem={false} />
      )}
      {targets && targets.departments.length > 0 && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand">{t("issue.open")}</summary>
          <div className="mt-3">
            <IssueNoticeForm workItemId={workItemId} departments={targets.departments} />
          </div>
        </details>
      )}
    </section>
  );
}
