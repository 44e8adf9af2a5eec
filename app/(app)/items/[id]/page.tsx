import type { Metadata } from "next";
import { cache } from "react";
import { ItemHealth } from "@/components/health/item-health";
import { ItemHeader } from "@/components/items/item-header";
import { ItemIndicators } from "@/components/items/item-indicators";
import { ItemUnits } from "@/components/items/item-units";
import { ItemMainAction, LifecyclePanels } from "@/components/lifecycle/lifecycle-panels";
import { ItemNoticesPanel } from "@/components/notices/item-notices-panel";
import { ItemRequestsPanel } from "@/components/requests/item-requests-panel";
import { requireUser } from "@/lib/auth/session";
import { loadPage, pageId } from "@/lib/load-page";
import { getWorkItemDetail } from "@/lib/services/work-items";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ reports?: string; history?: string }> };

// Once per request: the metadata and the page ask for the same item.
const load = cache(async (id: string) => {
  const user = await requireUser();
  const itemId = pageId(id);
  return { user, detail: await loadPage(() => getWorkItemDetail({ actor: user, id: itemId })) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { detail } = await load((await params).id);
  return { title: `${detail.item.code} ${detail.item.title}` };
}

/**
 * The work item page. Each feature adds its own panel below the marker; panels load their own data
 * with their own scope (the detail here is readable by every signed-in user).
 */
export default async function WorkItemPage({ params, searchParams }: Props) {
  const { user, detail } = await load((await params).id);
  const query = await searchParams;
  const allReports = query.reports === "all";
  return (
    <article className="space-y-4">
      <ItemHeader detail={detail} action={<ItemMainAction detail={detail} user={user} />} />
      <ItemHealth user={user} planId={detail.plan.id} workItemId={detail.item.id} />
      <ItemUnits detail={detail} />
      <ItemIndicators detail={detail} />
      <LifecyclePanels detail={detail} user={user} allReports={allReports} allHistory={query.history === "all"} />
      {/* panels: lifecycle, supervision */}
      <ItemNoticesPanel user={user} workItemId={detail.item.id} />
      <ItemRequestsPanel user={user} workItemId={detail.item.id} />
    </article>
  );
}
