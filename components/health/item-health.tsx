import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/authz";
import { today } from "@/lib/clock";
import { getItemHealth } from "@/lib/services/item-health";
import { HealthBadge, HealthReasons } from "./health-badge";

/** The item page's 红黄绿灯 with the reasons behind it; nothing before dispatch. */
export async function ItemHealth({ user, planId, workItemId }: { user: Actor; planId: number; workItemId: number }) {
  const health = await getItemHealth({ actor: user, planId, workItemId, today: today() });
  if (!health) return null;
  const t = await getTranslations("health");
  return (
    <section
      aria-label={t("itemTitle")}
      className="flex flex-wrap items-start gap-3 rounded bg-white p-4 text-sm shadow-sm"
    >
      <HealthBadge health={health.health} />
      <HealthReasons reasons={health.reasons} />
    </section>
  );
}
