import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulletinList } from "@/components/bulletins/bulletin-list";
import { GenerateBulletinForm } from "@/components/bulletins/generate-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { today } from "@/lib/clock";
import { periodLabel, periodOf, previousPeriods } from "@/lib/lifecycle/periods";
import { loadPage } from "@/lib/load-page";
import { listBulletins } from "@/lib/services/bulletins";
import { pageParam } from "@/lib/validations/paging";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bulletins"))("title") };
}

type SearchParams = Promise<{ page?: string }>;

/** 督查通报: the list (drafts only for those who write them) and, for the secretariat, the generate form. */
export default async function BulletinsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const query = await searchParams;
  const page = pageParam(query.page);
  const result = await loadPage(() => listBulletins({ actor: user, page }));
  const t = await getTranslations("bulletins");
  const tp = await getTranslations("common.period");
  const writer = can(user, "bulletin.write");
  const now = today();
  const month = periodOf(now, "monthly")!;
  const quarter = periodOf(now, "quarterly")!;
  const choice = (p: string) => ({ value: p, label: periodLabel(p, tp) });
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={writer ? t("intro") : t("introReader")} />
      {writer && (
        <GenerateBulletinForm
          months={[month, ...previousPeriods(month, 11)].map(choice)}
          quarters={[quarter, ...previousPeriods(quarter, 3)].map(choice)}
        />
      )}
      {result.rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{t("empty")}</p>
      ) : (
        <BulletinList rows={result.rows} />
      )}
      <Pager page={page} pages={result.pages} href={(p) => (p > 1 ? `?page=${p}` : "?")} />
    </section>
  );
}
