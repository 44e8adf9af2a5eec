import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScreenLinkForm } from "@/components/screen/screen-link-form";
import { ScreenLinkList } from "@/components/screen/screen-link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listPlans } from "@/lib/services/plans";
import { listScreenLinks } from "@/lib/services/screens";
import { pageParam } from "@/lib/validations/paging";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screens"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 会商大屏: make read-only screen links for the meeting room, and revoke them. */
export default async function ScreensPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "screen.manage")) forbidden();
  const t = await getTranslations("screens");
  const page = pageParam((await searchParams).page);
  const [links, plans] = await Promise.all([listScreenLinks({ actor: user, page }), listPlans({ actor: user })]);
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro", { count: links.total })} />
      <ScreenLinkForm
        plans={plans.filter((p) => p.status === "published").map((p) => ({ id: p.id, title: p.title }))}
      />
      <h2 className="font-semibold">{t("list.title")}</h2>
      <ScreenLinkList rows={links.rows} />
      <Pager page={links.page} pages={links.pages} href={(p) => `/screens?page=${p}`} />
    </section>
  );
}
