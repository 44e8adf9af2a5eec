import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoticeTable } from "@/components/notices/notice-table";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { can, scopeOf } from "@/lib/authz";
import { today } from "@/lib/clock";
import { pageNotices } from "@/lib/services/notice-queries";
import { PageHeader } from "@/components/ui/page-header";
import { pageParam } from "@/lib/validations/paging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("title") };
}

const STATUSES = ["open", "responded", "closed", "escalated"] as const;
type Status = (typeof STATUSES)[number];

export default async function NoticesPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "notice.read")) forbidden();
  const t = await getTranslations("notices");
  const query = await searchParams;
  const status = STATUSES.includes(query.status as Status) ? (query.status as Status) : undefined;
  const page = pageParam(query.page);
  const result = await pageNotices({ actor: user, status, page });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const href = (p: number) =>
    `?${new URLSearchParams({ ...(status ? { status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const tab = (value: Status | undefined, label: string) => (
    <a
      key={value ?? "all"}
      href={value ? `?status=${value}` : "?"}
      aria-current={status === value ? "page" : undefined}
      className={`rounded px-3 py-1 text-sm ${status === value ? "bg-brand text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </a>
  );
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        intro={scopeOf(user, "notice.read") === "department" ? t("introLiaison") : t("intro")}
      />
      <nav aria-label={t("filter.label")} className="flex flex-wrap gap-2">
        {tab(undefined, t("filter.all"))}
        {STATUSES.map((s) => tab(s, t(`status.${s}`)))}
      </nav>
      <p className="text-sm text-slate-600">{t("total", { total: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <NoticeTable rows={result.rows} today={today()} />
      )}
      <Pager page={result.page} pages={pages} href={href} />
    </section>
  );
}
