import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DepartmentCountsTable } from "@/components/board/department-counts";
import { LeaderCharts } from "@/components/charts/leader-charts";
import { HealthBadge, HealthReasons } from "@/components/health/health-badge";
import { shanghaiDate } from "@/lib/clock";
import type { Actor } from "@/lib/authz";
import type { HealthResult } from "@/lib/health";
import { formatDate } from "@/lib/format/dates";
import { getLeaderHome, getLiaisonHome, getSecretariatHome, getSupervisorHome } from "@/lib/services/dashboard";
import { INBOX_TABS } from "@/lib/services/inbox";
import { StatCard } from "./stat-card";
import { routes } from "@/lib/routes";

const card = "rounded bg-white p-3 shadow-sm";
const LEVELS = ["red", "yellow", "green", "completed"] as const;

export async function LiaisonHome({ actor }: { actor: Actor }) {
  const t = await getTranslations("dashboard.liaison");
  const tabs = await getTranslations("lifecycle.inbox.tabs");
  const levels = await getTranslations("notices.level");
  const home = await getLiaisonHome({ actor });
  return (
    <div className="space-y-4">
      {home.openNotices.length > 0 && (
        <section className="rounded border border-red-200 bg-red-50 p-3" aria-labelledby="liaison-notices">
          <h2 id="liaison-notices" className="mb-2 font-semibold text-red-800">
            {t("openNotices", { count: home.openNotices.length })}
          </h2>
          <ul className="divide-y divide-red-100 text-sm">
            {home.openNotices.map((n) => (
              <li key={n.id} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
                <Link href={routes.notice(n.id)} className="min-w-0 text-brand hover:underline">
                  {levels(n.level)} · {n.code} {n.title}
                </Link>
                <span className={`text-xs ${n.isOverdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
                  {t("respondBy", { date: formatDate(n.respondBy) })}
                  {n.isOverdue ? ` · ${t("noticeOverdue")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="font-semibold">{t("title")}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="liaison-counts">
        {INBOX_TABS.map((key) => (
          <StatCard
            key={key}
            label={tabs(key)}
            value={home.counts[key]}
            href={`/inbox?tab=${key}`}
            tone={key === "overdue" || key === "returned" ? "danger" : "warn"}
          />
        ))}
      </div>
      <section className={card}>
        <h2 className="mb-2 font-semibold">{t("nextDue")}</h2>
        <ItemList items={home.nextDue} />
      </section>
    </div>
  );
}

async function ItemList({
  items,
}: {
  items: { id: number; code: string; title: string; dueOn: string | null; health: HealthResult }[];
}) {
  const t = await getTranslations("dashboard");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="divide-y text-sm">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start gap-2 py-2">
          <HealthBadge health={item.health.health} />
          <div className="min-w-0 flex-1">
            <Link href={routes.item(item.id)} className="text-brand hover:underline">
              {item.code} {item.title}
            </Link>
            <div className="text-xs text-slate-600">
              {item.dueOn ? t("liaison.dueOn", { dueOn: item.dueOn }) : null}
              <HealthReasons reasons={item.health.reasons} listed />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export async function SecretariatHome({ actor }: { actor: Actor }) {
  const t = await getTranslations("dashboard.secretariat");
  const home = await getSecretariatHome({ actor });
  return (
    <div className="space-y-4">
      <h2 className="font-semibold">{t("title")}</h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatCard label={t("pendingReviews")} value={home.pendingReviews} tone="warn" />
        <StatCard label={t("pendingExtensions")} value={home.pendingExtensions} tone="warn" />
        <StatCard label={t("pendingCompletions")} value={home.pendingCompletions} tone="warn" />
      </div>
      <section className={card}>
        <h2 className="mb-2 font-semibold">{t("unacknowledged", { count: home.unacknowledgedTotal })}</h2>
        <ul className="divide-y text-sm">
          {home.unacknowledged.map((u) => (
            <li key={`${u.itemId}-${u.departmentName}`} className="py-1.5">
              <Link href={routes.item(u.itemId)} className="text-brand hover:underline">
                {u.code} {u.title}
              </Link>
              <span className="block text-xs text-slate-600">
                {u.departmentName}
                {u.dispatchedAt ? ` · ${t("dispatchedOn", { date: shanghaiDate(u.dispatchedAt) })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export async function SupervisorHome({ actor }: { actor: Actor }) {
  const t = await getTranslations("dashboard.supervisor");
  const tc = await getTranslations("dashboard");
  const home = await getSupervisorHome({ actor });
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section className={card}>
        <h2 className="mb-2 font-semibold">{t("red", { count: home.redTotal })}</h2>
        <ItemList items={home.red} />
        {home.redTotal > 0 ? (
          <Link href="/board?health=red" className="mt-2 inline-block text-sm text-brand hover:underline">
            {tc("viewAll")}
          </Link>
        ) : null}
      </section>
      <section className={card}>
        <h2 className="mb-2 font-semibold">{t("openNotices", { count: home.openNoticeTotal })}</h2>
        {home.openNotices.length === 0 ? (
          <p className="text-sm text-slate-600">{tc("none")}</p>
        ) : (
          <ul className="divide-y text-sm">
            {home.openNotices.map((n) => (
              <li key={n.id} className="py-1.5">
                <Link href={routes.item(n.itemId)} className="text-brand hover:underline">
                  {n.code} {n.title}
                </Link>
                <span className="block text-xs text-slate-600">
                  {n.departmentName} · {t("respondBy", { date: n.respondBy })}
                  {n.isOverdue ? <strong className="ml-1 text-red-700">{t("noticeOverdue")}</strong> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/**
 * `plan`: the ?plan= the charts' picker sent (the first published plan when absent); `allUnits`:
 * ?units=all, every unit's counts rather than the worst few.
 */
export async function LeaderHome({
  actor,
  plan,
  allUnits = false,
}: {
  actor: Actor;
  plan?: string;
  allUnits?: boolean;
}) {
  const t = await getTranslations("dashboard.leader");
  const home = await getLeaderHome({ actor });
  const sectionNote =
    home.sectionTotal > home.bySection.length
      ? t("bySectionNote", { shown: home.bySection.length, total: home.sectionTotal })
      : null;
  return (
    <div className="space-y-4">
      <section className={card}>
        <h2 className="mb-2 font-semibold">{t("plans")}</h2>
        <ul className="space-y-2 text-sm">
          {home.plans.map((p) => (
            <li key={p.id}>
              <div>{p.title}</div>
              <div className="h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
                <div className="h-2 bg-brand" style={{ width: `${p.completionPercent}%` }} />
              </div>
              <div className="text-xs text-slate-600">
                {t("completion", {
                  completed: p.counts.completed,
                  total: p.counts.total,
                  percent: p.completionPercent,
                })}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <LeaderCharts actor={actor} plan={plan} />
      {/* On a phone each section is a card: a five-column table would squeeze the names to one character a line. */}
      <section className={`${card} md:hidden`} aria-label={t("bySection")}>
        <h2 className="font-semibold">{t("bySection")}</h2>
        {sectionNote && <p className="text-xs text-slate-600">{sectionNote}</p>}
        <ul className="mt-2 divide-y text-sm">
          {home.bySection.map((s) => (
            <li key={s.id} className="py-2" data-testid="section-health-card">
              <div className="break-words">{s.label}</div>
              <div className="text-xs text-slate-500">{s.planTitle}</div>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                {LEVELS.map((level) => (
                  <span key={level} className="inline-flex items-center gap-1">
                    <HealthBadge health={level} />
                    <span className="tabular-nums">{s.counts[level]}</span>
                  </span>
                ))}
                <span className="text-slate-600">
                  {t("total")} {s.counts.total}
                </span>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <div className="hidden overflow-x-auto rounded bg-white shadow-sm md:block">
        <table className="w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            {t("bySection")}
            {sectionNote && <span className="block text-xs font-normal text-slate-600">{sectionNote}</span>}
          </caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("section")}
              </th>
              {LEVELS.map((level) => (
                <th key={level} scope="col" className="px-3 py-2 text-right">
                  <HealthBadge health={level} />
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {home.bySection.map((s) => (
              <tr key={s.id} data-testid="section-health">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {s.label}
                  <span className="block text-xs text-slate-500">{s.planTitle}</span>
                </th>
                {LEVELS.map((level) => (
                  <td key={level} className="px-3 py-1.5 text-right tabular-nums">
                    {s.counts[level]}
                  </td>
                ))}
                <td className="px-3 py-1.5 text-right tabular-nums">{s.counts.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DepartmentCountsTable
        counts={home.byDepartment}
        caption={t("byDepartment")}
        all={allUnits}
        allHref={`/?${new URLSearchParams({ ...(plan ? { plan } : {}), units: "all" })}`}
        topHref={plan ? `/?${new URLSearchParams({ plan })}` : "/"}
      />
      <section className={card}>
        <h2 className="mb-1 font-semibold">{t("indicators")}</h2>
        <p className="text-sm">{t("indicatorSummary", home.indicators)}</p>
      </section>
    </div>
  );
}
