import "server-only";
import { eq, ne } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { itemHealth, workItems } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { getHealthSettings } from "@/lib/settings/store";
import { differences, recordOf, type HealthDifference } from "./health-record";
import { ensureHealthFresh, refreshDirtyHealth } from "./health-store";
import { computeItemHealth } from "./item-health-compute";
import { historyDrift } from "./health-history";
import { obligationDrift } from "./report-obligations";

export interface HealthDrift extends HealthDifference {
  workItemId: number;
}

/**
 * The drift check (`npm run health:check`, the system page, the test suites): brings the store up to
 * date the way readers do, then recomputes every plan from the source rows and lists each stored
 * value that differs — a difference means some write changed health without marking the item — and
 * compares the stored report obligations with a fresh enumeration the same way, and the open rows of
 * the "as of" history with the stored lights.
 */
export async function checkHealthDrift({
  today,
  q = db,
}: {
  today: string;
  q?: Queryable;
}): Promise<{ checked: number; drift: HealthDrift[] }> {
  if (q === db) await ensureHealthFresh(today);
  else await refreshDirtyHealth(q, today);
  const settings = await getHealthSettings(q);
  const drift: HealthDrift[] = [];
  let checked = 0;
  // Plan by plan, so memory holds one plan's sources at a time.
  const planIds = (
    await q.selectDistinct({ planId: workItems.planId }).from(workItems).where(ne(workItems.status, "draft"))
  ).map((r) => r.planId);
  const storedPlans = (await q.selectDistinct({ planId: itemHealth.planId }).from(itemHealth)).map((r) => r.planId);
  for (const planId of [...new Set([...planIds, ...storedPlans])].sort((a, b) => a - b)) {
    const computed = await computeItemHealth(q, { today, planId, settings });
    const stored = new Map(
      (await q.select().from(itemHealth).where(eq(itemHealth.planId, planId))).map((r) => [r.workItemId, r]),
    );
    checked += computed.length;
    for (const row of computed) {
      const s = stored.get(row.id);
      stored.delete(row.id);
      if (!s) drift.push({ workItemId: row.id, field: "missing", stored: null, computed: row.health.health });
      else for (const d of differences(s, recordOf(row, today, new Date(0)))) drift.push({ workItemId: row.id, ...d });
    }
    for (const extra of stored.values())
      drift.push({ workItemId: extra.workItemId, field: "extra", stored: extra.health, computed: null });
  }
  for (const o of await obligationDrift(q, today)) {
    const owed = { departmentId: o.departmentId, period: o.period };
    drift.push({
      workItemId: o.workItemId,
      field: "obligation",
      stored: o.field === "extra" ? owed : null,
      computed: o.field === "missing" ? owed : null,
    });
  }
  for (const h of await historyDrift(q)) {
    drift.push({ workItemId: h.workItemId, field: "history", stored: h.kind, computed: null });
  }
  return { checked, drift };
}

/** The drift check for a signed-in user (the 审计员, beside the audit chain): audit.verify, then the check. */
export async function checkStoredHealth({ actor, today }: { actor: Actor; today: string }) {
  authorize(actor, "audit.verify");
  return checkHealthDrift({ today });
}
