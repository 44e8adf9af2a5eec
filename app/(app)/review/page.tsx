import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { periodLabel } from "@/lib/lifecycle/periods";
import { BatchDispatchForm } from "@/components/lifecycle/batch-dispatch-form";
import { listUndispatched } from "@/lib/services/dispatch";
import { getReviewQueue } from "@/lib/services/inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle"))("review.title") };
}

/** 待审核: submitted reports to review and dispatched items not yet acknowledged. */
export default async function ReviewPage() {
  const user = await requireUser();
  if (!can(user, "report.review")) forbidden();
  const t = await getTranslations("lifecycle.review");
  const tr = await getTranslations("reports");
  const format = await getFormatter();
  const { submitted, unacknowledged } = await getReviewQueue({ actor: user });
  const pending = can(user, "item.dispatch") ? await listUndispatched({ actor: user }) : [];
  const td = await getTranslations("lifecycle.dispatch");
  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="submitted-title" className="space-y-2">
        <h2 id="submitted-title" className="text-lg font-semibold">
          {t("submitted")} ({submitted.length})
        </h2>
        {submitted.length === 0 ? (
          <p className="text-slate-600">{t("emptySubmitted")}</p>
        ) : (
          <ul className="divide-y rounded bg-white shadow-sm">
            {submitted.map((r) => (
              <li key={r.reportId} className="p-3">
                <Link href={`/items/${r.itemId}`} className="font-medium text-brand hover:underline">
                  {r.code} {r.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {r.departmentName} · {periodLabel(r.period)} · {tr(`progressStatus.${r.progressStatus}`)} · {tr("list.percent", { percent: r.percent })}
                  {r.submittedAt && ` · ${format.dateTime(r.submittedAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}`}
                </p>
                <p className="line-clamp-2 text-sm">{r.narrative}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unack-title" className="space-y-2">
        <h2 id="unack-title" className="text-lg font-semibold">
          {t("unacknowledged")} ({unacknowledged.length})
        </h2>
        {unacknowledged.length === 0 ? (
          <p className="text-slate-600">{t("emptyUnacknowledged")}</p>
        ) : (
          <div className="overflow-x-auto rounded bg-white shadow-sm">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th className="p-2">{t("item")}</th>
                  <th className="p-2">{t("department")}</th>
                  <th className="p-2">{t("dispatchedAt")}</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {unacknowledged.map((r) => (
                  <tr key={`${r.itemId}-${r.departmentName}`}>
                    <td className="p-2">
                      <Link href={`/items/${r.itemId}`} className="text-brand hover:underline">
                        {r.code} {r.title}
                      </Link>
                    </td>
                    <td className="whitespace-nowrap p-2">{r.departmentName}</td>
                    <td className="whitespace-nowrap p-2">{r.dispatchedAt ? format.dateTime(r.dispatchedAt, { year: "numeric", month: "2-digit", day: "2-digit" }) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {can(user, "item.dispatch") && (
        <section aria-labelledby="pending-title" className="space-y-2">
          <h2 id="pending-title" className="text-lg font-semibold">
            {td("pending")} ({pending.reduce((n, g) => n + g.items.length, 0)})
          </h2>
          {pending.length === 0 ? (
            <p className="text-slate-600">{td("emptyPending")}</p>
          ) : (
            <div className="rounded bg-white p-3 shadow-sm">
              <BatchDispatchForm groups={pending} />
            </div>
          )}
        </section>
      )}
    </section>
  );
}
