import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BoardFilters } from "@/components/board/board-filters";
import { BoardTable } from "@/components/board/board-table";
import { DepartmentCountsTable } from "@/components/board/department-counts";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getBoard } from "@/lib/services/board";
import { boardFiltersSchema } from "@/lib/validations/board";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { pageParam } from "@/lib/validations/paging";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function flat(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]));
}

export default async function BoardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "board.view")) forbidden();
  const t = await getTranslations("board");
  const tScreens = await getTranslations("screens");
  const query = flat(await searchParams);
  const parsed = boardFiltersSchema.safeParse(query);
  const filters = parsed.success ? parsed.data : boardFiltersSchema.parse({});
  const page = pageParam(query.page);
  const board = await getBoard({ actor: user, filters, page });
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ""));
  const pageHref = (p: number) => `/board?${new URLSearchParams({ ...given, page: String(p) })}`;
  // Every unit's counts, or (the default) the worst few: the page stays where it is either way.
  const withoutUnits = Object.fromEntries(Object.entries(given).filter(([k]) => k !== "units"));
  const exportQuery = new URLSearchParams(Object.entries(withoutUnits).filter(([k]) => k !== "page")).toString();
  const allUnits = query.units === "all";
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("title")}
        intro={
          <>
            {board.asOf ? t("history.title", { day: board.asOf }) : t("asOf", { today: board.today })} ·{" "}
            {t("itemCount", { count: board.total })}
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            {can(user, "screen.manage") && (
              <a href="/screens" className="text-sm text-brand hover:underline">
                {tScreens("link")}
              </a>
            )}
            {can(user, "export") ? (
              <a
                href={`/api/export/board${exportQuery ? `?${exportQuery}` : ""}`}
                download
                className="rounded border border-brand px-3 py-1.5 text-sm text-brand hover:bg-brand hover:text-white"
              >
                {t("export")}
              </a>
            ) : null}
          </div>
        }
      />
      {board.asOf && (
        <Alert tone="info">
          <span className="block">{t("history.note", { day: board.asOf })}</span>
          {(!board.historyFrom || board.historyFrom > board.asOf) && (
            <span className="block">
              {board.historyFrom ? t("history.before", { from: board.historyFrom }) : t("history.none")}
            </span>
          )}
          <a href="/board" className="block text-brand hover:underline">
            {t("history.back")}
          </a>
        </Alert>
      )}
      <BoardFilters board={board} />
      <DepartmentCountsTable
        counts={board.counts}
        caption={t("counts.title")}
        all={allUnits}
        allHref={`/board?${new URLSearchParams({ ...withoutUnits, units: "all" })}`}
        topHref={`/board?${new URLSearchParams(withoutUnits)}`}
      />
      <BoardTable rows={board.rows} />
      <Pager page={board.page} pages={board.pages} href={pageHref} />
    </section>
  );
}
