import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SecondFactorPanel } from "@/components/account/second-factor-panel";
import { requireUser } from "@/lib/auth/session";
import { getSecondFactorStatus, isSecondFactorRequired } from "@/lib/services/second-factor";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security.account"))("title") };
}

/** The signed-in user's own account: password and second factor (enrolment happens here). */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("security.account");
  const status = await getSecondFactorStatus(user.id);
  const required = isSecondFactorRequired(user.role);
  return (
    <section className="mx-auto max-w-md space-y-4">
      <PageHeader title={t("title")} />
      {user.mustEnrolSecondFactor && (
        <p role="status" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("mfaRequired")}
        </p>
      )}
      <div className="space-y-3 rounded bg-white p-4 shadow-sm">
        <h2 className="font-medium">{t("mfaTitle")}</h2>
        <p className="text-sm text-slate-600">{t("mfaIntro")}</p>
        <SecondFactorPanel enabled={status.enabled} recoveryCodesLeft={status.recoveryCodesLeft} required={required} />
      </div>
      <div className="space-y-2 rounded bg-white p-4 shadow-sm">
        <Link href="/account/password" className="font-medium text-brand hover:underline">
          {t("password")}
        </Link>
        <p className="text-sm text-slate-600">{t("passwordHint")}</p>
      </div>
    </section>
  );
}
