import { getTranslations } from "next-intl/server";
import { AuditorHome } from "@/components/audit/auditor-home";
import { LeaderHome, LiaisonHome, SecretariatHome, SupervisorHome } from "@/components/dashboard/role-homes";
import { requireUser } from "@/lib/auth/session";
import { today } from "@/lib/clock";

export const dynamic = "force-dynamic";

/** A home page per role: liaison queues, secretariat queues, supervisor's red items, leader's overview. */
export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("common");
  const td = await getTranslations("dashboard");
  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("home.welcome", { name: user.displayName })}</h1>
        <p className="text-sm text-slate-600">
          {t("home.intro", { role: t(`roles.${user.role}`), department: user.departmentName ?? "none" })}{" "}
          {td("asOf", { today: today() })}
        </p>
      </div>
      {user.role === "liaison" && user.departmentId != null ? <LiaisonHome actor={user} /> : null}
      {user.role === "secretariat" || user.role === "admin" ? <SecretariatHome actor={user} /> : null}
      {user.role === "supervisor" ? <SupervisorHome actor={user} /> : null}
      {user.role === "leader" ? <LeaderHome actor={user} /> : null}
      {user.role === "auditor" ? <AuditorHome /> : null}
    </section>
  );
}
