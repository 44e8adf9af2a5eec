import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager";
import { OutboxTable } from "@/components/notices/outbox-table";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getEnv } from "@/lib/env";
import { countOutboxByStatus, listOutbox } from "@/lib/services/outbox";
import { PageHeader } from "@/components/ui/page-header";
import { pageParam } from "@/lib/validations/paging";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const STATUSES = ["held", "pending", "sent", "failed"] as const;
type Status = (typeof STATUSES)[number];

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "outbox.read")) forbidden();
  const t = await getTranslations("outbox");
  const query = await searchParams;
  const status = STATUSES.includes(query.status as Status) ? (query.status as Status) : undefined;
  const page = pageParam(query.page);
  const [result, counts] = await Promise.all([
    listOutbox({ actor: user, status, page }),
    countOutboxByStatus({ actor: user }),
  ]);
  const env = getEnv();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const href = (extra: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    const s = "status" in extra ? extra.status : status;
    if (s) params.set("status", s);
    if (extra.page && extra.page > 1) params.set("page", String(extra.page));
    return `?${params.toString()}`;
  };
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      {(!env.SMTP_URL || !env.WEBHOOK_URL) && (
        <ul className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {!env.SMTP_URL && <li>{t("smtpOff")}</li>}
          {!env.WEBHOOK_URL && <li>{t("webhookOff")}</li>}
        </ul>
      )}
      <p data-testid="outbox-summary" className="text-sm text-slate-700">
        {t("summary", { held: counts.held, pending: counts.pending, sent: counts.sent, failed: counts.failed })}
      </p>
      <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
        {[undefined, ...STATUSES].map((s) => (
          <a
            key={s ?? "all"}
            href={href({ status: s })}
            aria-current={status === s ? "page" : undefined}
            className={`rounded px-3 py-1 text-sm ${status === s ? "bg-brand text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
          >
            {s ? t(`status.${s}`) : t("all")}
          </a>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{t("total", { total: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <OutboxTable rows={result.rows} />
      )}
      <Pager page={result.page} pages={pages} href={(page) => href({ page })} />
    </section>
  );
}
