import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { periodLabel } from "@/lib/lifecycle/periods";
import { getInbox, INBOX_TABS, type InboxTab } from "@/lib/services/inbox";
import { routes } from "@/lib/routes";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { pageParam } from "@/lib/validations/paging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle"))("inbox.title") };
}

/** Rows a tab shows a page: a district government can owe a thousand items. */
const INBOX_PAGE_SIZE = 50;

/** 我的任务: a liaison's department's work by tab (tab and page in the search params). */
export default async function InboxPage({ searchParams }: { searchParams: Promise<{ tab?: string; page?: string }> }) {
  const user = await requireUser();
  if (!can(user, "inbox.view") || user.departmentId == null) forbidden();
  const t = await getTranslations("lifecycle.inbox");
  const tp = await getTranslations("common.period");
  const { tab: raw, page: rawPage } = await searchParams;
  const tab: InboxTab = INBOX_TABS.includes(raw as InboxTab) ? (raw as InboxTab) : "unacknowledged";
  const inbox = await getInbox({ actor: user });
  const pages = Math.max(1, Math.ceil(inbox[tab].length / INBOX_PAGE_SIZE));
  const page = Math.min(pages, pageParam(rawPage));
  const rows = inbox[tab].slice((page - 1) * INBOX_PAGE_SIZE, page * INBOX_PAGE_SIZE);
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} />
      <nav aria-label={t("title")} className="flex flex-wrap gap-1 border-b border-slate-200">
        {INBOX_TABS.map((key) => (
          <Link
            key={key}
            href={`/inbox?tab=${key}`}
            aria-current={key === tab ? "page" : undefined}
            className={`whitespace-nowrap px-3 py-2 text-sm ${key === tab ? "border-b-2 border-brand font-semibold text-brand" : "text-slate-600 hover:text-brand"}`}
          >
            {t(`tabs.${key}`)} ({inbox[key].length})
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {rows.map((r) => (
            <li key={`${r.itemId}-${r.period ?? ""}`} className="flex flex-wrap items-start justify-between gap-2 p-3">
              <div className="min-w-0">
                <Link href={routes.item(r.itemId)} className="font-medium text-brand hover:underline">
                  {r.code} {r.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {r.planTitle} · {t(`role.${r.role}`)} · {r.dueOn ? t("dueOn", { date: r.dueOn }) : t("noDue")}
                </p>
                {r.reportDueOn && r.period && (
                  <p className="text-sm text-slate-600">
                    {t("reportDue", { period: periodLabel(r.period, tp), date: r.reportDueOn })}
                  </p>
                )}
                {r.returnReason && (
                  <p className="text-sm text-red-700">{t("returnReason", { reason: r.returnReason })}</p>
                )}
              </div>
              {(tab === "toReport" || tab === "returned") && (
                <Link
                  href={routes.itemReport(r.itemId, r.period)}
                  className="rounded bg-brand px-3 py-1 text-sm text-white hover:bg-brand-dark"
                >
                  {t("fill")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pages={pages} href={(p) => `/inbox?tab=${tab}&page=${p}`} />
    </section>
  );
}
