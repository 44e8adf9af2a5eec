import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestQueueView } from "@/components/requests/request-queue";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listRequestQueue } from "@/lib/services/requests";
import { PageHeader } from "@/components/ui/page-header";
import { pageParam } from "@/lib/validations/paging";

export const dynamic = "force-dynamic";

const DONE_KEYS = ["approvedExtension", "approvedCompletion", "refused"] as const;

export default async function RequestsPage({
  searchParams,
}: {
  searchParams: Promise<{ view?: string; done?: string; ep?: string; cp?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "extension.decide") && !can(user, "completion.decide")) forbidden();
  const t = await getTranslations("requests.queue");
  const tDecide = await getTranslations("requests.decide");
  const params = await searchParams;
  const view = params.view === "decided" ? "decided" : "pending";
  const done = DONE_KEYS.find((k) => k === params.done);
  const pages = { extensions: pageParam(params.ep), completions: pageParam(params.cp) };
  const queue = await listRequestQueue({ actor: user, status: view, pages });
  const pageHref = (kind: "extensions" | "completions", page: number) => {
    const next = { ...pages, [kind]: page };
    const query = new URLSearchParams({ ep: String(next.extensions), cp: String(next.completions) });
    if (view === "decided") query.set("view", "decided");
    return `/requests?${query}`;
  };
  const tab = (active: boolean) =>
    `rounded px-3 py-1 text-sm ${active ? "bg-brand text-white" : "border border-slate-300 text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav className="flex gap-2" aria-label={t("title")}>
        <Link
          href="/requests"
          className={tab(view === "pending")}
          aria-current={view === "pending" ? "page" : undefined}
        >
          {t("pendingTab")}
        </Link>
        <Link
          href="/requests?view=decided"
          className={tab(view === "decided")}
          aria-current={view === "decided" ? "page" : undefined}
        >
          {t("decidedTab")}
        </Link>
      </nav>
      {done && (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {tDecide(done)}
        </p>
      )}
      <RequestQueueView queue={queue} decide={view === "pending"} pageHref={pageHref} />
    </div>
  );
}
