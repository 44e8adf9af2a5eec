import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/config";
import { renderMessage } from "@/lib/i18n/server-messages";
import { today } from "@/lib/clock";
import { routes } from "@/lib/routes";
import { checkAuditChain } from "@/lib/services/audit-chain";
import { checkStoredHealth } from "@/lib/services/health-drift";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("verify.title") };
}

/** The same check as `npm run audit:verify`, run by the server (on PGlite only it holds the data). */
export default async function AuditVerifyPage() {
  const user = await requireUser();
  if (!can(user, "audit.verify")) forbidden();
  const t = await getTranslations("audit");
  const [report, health] = await Promise.all([
    checkAuditChain({ actor: user }),
    checkStoredHealth({ actor: user, today: today() }),
  ]);
  const locale = toLocale(await getLocale());
  return (
    <section className="space-y-4">
      <PageHeader title={t("verify.title")} intro={t("verify.intro")} />
      {report.ok ? (
        <div role="status" className="space-y-2 rounded border border-green-300 bg-green-50 p-4 text-green-900">
          <p>{t("verify.ok", { count: report.count })}</p>
          {report.headHash && (
            <p className="text-sm">
              {t("verify.headHash")} <code className="break-all">{report.headHash}</code>
            </p>
          )}
        </div>
      ) : (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
          {t("verify.broken")} {report.problem && renderMessage(report.problem.ref, locale)}
        </div>
      )}
      <section aria-labelledby="health-check" className="space-y-2">
        <h2 id="health-check" className="font-semibold">
          {t("verify.health.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("verify.health.intro")}</p>
        {health.drift.length === 0 ? (
          <p data-testid="health-check" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
            {t("verify.health.ok", { count: health.checked })}
          </p>
        ) : (
          <div data-testid="health-check" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
            <p>{t("verify.health.drift", { count: health.drift.length })}</p>
            <ul className="list-disc pl-5 text-sm">
              {health.drift.slice(0, 50).map((d) => (
                <li key={`${d.workItemId}-${d.field}`}>
                  <a href={routes.item(d.workItemId)} className="underline">
                    {t("verify.health.item", { id: d.workItemId })}
                  </a>{" "}
                  {d.field}: {JSON.stringify(d.stored)} → {JSON.stringify(d.computed)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </section>
  );
}
