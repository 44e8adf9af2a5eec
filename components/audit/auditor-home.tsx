import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The 审计员's home: the trail, the security events, the chain check. */
export async function AuditorHome() {
  const t = await getTranslations("audit");
  const link = "rounded bg-white px-4 py-3 text-brand shadow-sm hover:underline";
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("auditorHome.intro")}</p>
      <nav className="grid gap-2 sm:grid-cols-3">
        <Link href="/audit" className={link}>
          {t("auditorHome.trail")}
        </Link>
        <Link href="/audit?category=security" className={link}>
          {t("auditorHome.security")}
        </Link>
        <Link href="/audit/verify" className={link}>
          {t("auditorHome.verify")}
        </Link>
      </nav>
    </div>
  );
}
