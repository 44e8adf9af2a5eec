import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { itemHealth } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import type { HealthResult } from "@/lib/health/types";
import { ensureHealthFresh } from "./health-store";

/**
 * The light of one dispatched or completed item (null while it is undispatched), read from the
 * stored health: the item page computes nothing about other items.
 */
export async function getItemHealth({
  actor,
  workItemId,
  today,
}: {
  actor: Actor;
  planId?: number;
  workItemId: number;
  today: string;
}): Promise<HealthResult | null> {
  authorize(actor, "plan.read");
  await ensureHealthFresh(today);
  const [row] = await db
    .select({
      health: itemHealth.health,
      reasons: itemHealth.reasons,
      daysOverdue: itemHealth.daysOverdue,
      missingReports: itemHealth.missingReports,
    })
    .from(itemHealth)
    .where(eq(itemHealth.workItemId, workItemId));
  return row ?? null;
}
