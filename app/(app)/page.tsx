import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AuditorHome } from "@/components/audit/auditor-home";
import { LeaderHome, LiaisonHome, SecretariatHome, SupervisorHome } from "@/components/dashboard/role-homes";
import { requireUser } from "@/lib/auth/session";
import { HOME_OF, type HomeKind } from "@/lib/authz";
import type { SessionUser } from "@/lib/services/accounts";
import { today } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

/** The home each role lands on (lib/authz decides which): its queues, red items or overview. */
const HOMES: Record<HomeKind, (user: SessionUser, query: { plan?: string; units?: string }) => ReactNode> = {
  liaison: (user) => (user.departmentId != null ? <LiaisonHome actor={user} /> : null),
  secretariat: (user) => <SecretariatHome actor={user} />,
  supervisor: (user) => <SupervisorHome actor={user} />,
  leader: (user, { plan, units }) => <LeaderHome actor={user} plan={plan} allUnits={units === "all"} />,
  auditor: () => <AuditorHome />,
};

/** A home page per role: liaison queues, secretariat queues, supervisor's red items, leader's overview. */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { plan, units } = await searchParams;
  const t = await getTranslations("common");
  const td = await getTranslations("dashboard");
  return (
    <section className="space-y-4">
      <PageHeader
        title={t("home.welcome", { name: user.displayName })}
        intro={
          <>
            {t("home.intro", { role: t(`roles.${user.role}`), department: user.departmentName ?? "none" })}{" "}
            {td("asOf", { today: today() })}
          </>
        }
      />
      {HOMES[HOME_OF[user.role]](user, {
        plan: typeof plan === "string" ? plan : undefined,
        units: typeof units === "string" ? units : undefined,
      })}
    </section>
  );
}
