import "server-only";
import { and, asc, eq, gt, inArray, lt, ne, notInArray, or, sql } from "drizzle-orm";
import { db, rowsOf, type Queryable, type Tx } from "@/db";
import { itemHealth, itemHealthDirty, workItems } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { now, today } from "@/lib/clock";
import { isIndicatorAttained, type Comparator, type Health } from "@/lib/health";
import type { HealthSettings } from "@/lib/settings/health";
import { getHealthSettings } from "@/lib/settings/store";
import { computeItemHealth, type ItemHealthRow } from "./item-health-compute";

/**
 * The health read model (db/schema/health.ts). Triggers mark the items a write may have changed;
 * the write recomputes them before it commits (`refreshDirtyHealth(tx, today)`), readers recompute any
 * marks left over and, once a day, every light whose day has passed (`ensureHealthFresh`). The rules
 * are lib/health's alone; `checkHealthDrift` compares what is stored with a fresh computation.
 */

/** The board's order, worst first. */
export const URGENCY: Record<Health, number> = { red: 0, yellow: 1, green: 2, completed: 3 };

/** Rows per insert (11 parameters each, far below PostgreSQL's 65,535). */
const BATCH = 500;
/** Marked items recomputed per pass: a plan-sized bite, so memory stays flat after a bulk load. */
const DIRTY_BATCH = 2000;
/** One lock for "recompute every stale light", so that twenty readers after midnight do it once. */
const STALE_LOCK = 0x6865616c; // "heal"

function recordOf(row: ItemHealthRow, today: string, at: Date): typeof itemHealth.$inferInsert {
  return {
    workItemId: row.id,
    planId: row.planId,
    health: row.health.health,
    urgency: URGENCY[row.health.health],
    reasons: row.health.reasons,
    daysOverdue: row.health.daysOverdue,
    missingReports: row.health.missingReports,
    progressPercent: row.progressPercent,
    indicators: row.indicators.length,
    indicatorsReported: row.indicators.filter((i) => i.latest != null).length,
    indicatorsAttained: row.indicators.filter((i) => isIndicatorAttained(i.comparator as Comparator, i.target, i.latest)).length,
    dueOn: row.dueOn,
    computedOn: today,
    computedAt: at,
  };
}

const COMPARED = ["health", "daysOverdue", "missingReports", "progressPercent", "indicators", "indicatorsReported", "indicatorsAttained", "dueOn"] as const;
const UPDATED = ["planId", "urgency", "reasons", ...COMPARED, "computedOn", "computedAt"] as const;
const onConflictSet = Object.fromEntries(UPDATED.map((c) => [c, sql.raw(`excluded."${c}"`)]));

/** Stores computed rows, replacing what was there. */
async function store(q: Queryable, rows: ItemHealthRow[], today: string): Promise<void> {
  const at = now();
  for (let i = 0; i < rows.length; i += BATCH) {
    await q
      .insert(itemHealth)
      .values(rows.slice(i, i + BATCH).map((r) => recordOf(r, today, at)))
      .onConflictDoUpdate({ target: itemHealth.workItemId, set: onConflictSet });
  }
}

/** Recomputes the given items: stored rows of items no longer dispatched (withdrawn, deleted) go. */
async function refreshItems(q: Queryable, ids: number[], today: string, settings: HealthSettings): Promise<void> {
  if (ids.length === 0) return;
  const rows = await computeItemHealth(q, { today, workItemIds: ids, settings });
  await store(q, rows, today);
  const kept = new Set(rows.map((r) => r.id));
  const gone = ids.filter((id) => !kept.has(id));
  if (gone.length) await q.delete(itemHealth).where(inArray(itemHealth.workItemId, gone));
}

/**
 * Recomputes the items the triggers marked (in this transaction, or committed by others) and clears
 * the marks. Writes call it before they commit, so what they changed is current when they return.
 */
export async function refreshDirtyHealth(q: Queryable, today: string): Promise<number> {
  let settings: HealthSettings | null = null;
  let total = 0;
  for (;;) {
    // Marks another reader is already working on are skipped, not waited for.
    const marked = await q.execute(sql`
      delete from ${itemHealthDirty} where ${itemHealthDirty.workItemId} in (
        select ${itemHealthDirty.workItemId} from ${itemHealthDirty}
        order by ${itemHealthDirty.workItemId} limit ${DIRTY_BATCH} for update skip locked)
      returning ${itemHealthDirty.workItemId} as id`);
    const ids = rowsOf<{ id: number }>(marked).map((r) => Number(r.id));
    if (ids.length === 0) return total;
    settings ??= await getHealthSettings(q);
    await refreshItems(q, ids, today, settings);
    total += ids.length;
    if (ids.length < DIRTY_BATCH) return total;
  }
}

/** Recomputes one plan's items for `today`. */
async function refreshPlan(q: Queryable, planId: number, today: string, settings: HealthSettings): Promise<number> {
  const rows = await computeItemHealth(q, { today, planId, settings });
  await store(q, rows, today);
  const dispatched = q.select({ id: workItems.id }).from(workItems).where(and(eq(workItems.planId, planId), ne(workItems.status, "draft")));
  await q.delete(itemHealth).where(and(eq(itemHealth.planId, planId), notInArray(itemHealth.workItemId, dispatched)));
  return rows.length;
}

const staleOn = (today: string) => or(lt(itemHealth.computedOn, today), gt(itemHealth.computedOn, today));

async function stalePlans(q: Queryable, today: string): Promise<number[]> {
  const rows = await q.selectDistinct({ planId: itemHealth.planId }).from(itemHealth).where(staleOn(today)).orderBy(asc(itemHealth.planId));
  return rows.map((r) => r.planId);
}

/**
 * Makes the stored health current for `today` before a page or an export reads it: marked items,
 * then (the first read after midnight, or after the thresholds changed) every plan whose lights
 * were computed for another day. The daily job runs the same after midnight, so readers rarely wait.
 */
export async function ensureHealthFresh(today: string): Promise<{ items: number; plans: number }> {
  const items = await db.transaction((tx) => refreshDirtyHealth(tx, today));
  if ((await stalePlans(db, today)).length === 0) return { items, plans: 0 };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${STALE_LOCK})`);
    // Another reader may have done it while this one waited for the lock.
    const planIds = await stalePlans(tx, today);
    const settings = await getHealthSettings(tx);
    let count = items;
    for (const planId of planIds) count += await refreshPlan(tx, planId, today, settings);
    return { items: count, plans: planIds.length };
  });
}

/** The daily job (after midnight Asia/Shanghai, and `bench:load`): every light current for `today`. */
export async function runHealthJob({ today }: { today: string }): Promise<{ items: number; plans: number }> {
  return ensureHealthFresh(today);
}

export interface HealthDrift {
  workItemId: number;
  field: "missing" | "extra" | "reasons" | (typeof COMPARED)[number];
  stored: unknown;
  computed: unknown;
}

/**
 * The drift check (`npm run health:check`, the system page, the test suites): brings the store up to
 * date the way readers do, then recomputes every plan from the source rows and lists each stored
 * value that differs — a difference means some write changed health without marking the item.
 */
export async function checkHealthDrift({ today, q = db }: { today: string; q?: Queryable }): Promise<{ checked: number; drift: HealthDrift[] }> {
  if (q === db) await ensureHealthFresh(today);
  else await refreshDirtyHealth(q, today);
  const settings = await getHealthSettings(q);
  const computed = await computeItemHealth(q, { today, settings });
  const stored = new Map((await q.select().from(itemHealth)).map((r) => [r.workItemId, r]));
  const drift: HealthDrift[] = [];
  for (const row of computed) {
    const s = stored.get(row.id);
    stored.delete(row.id);
    if (!s) {
      drift.push({ workItemId: row.id, field: "missing", stored: null, computed: row.health.health });
      continue;
    }
    const fresh = recordOf(row, today, new Date(0));
    for (const field of COMPARED) {
      if ((s[field] ?? null) !== (fresh[field] ?? null)) drift.push({ workItemId: row.id, field, stored: s[field], computed: fresh[field] });
    }
    if (canonical(s.reasons) !== canonical(fresh.reasons)) drift.push({ workItemId: row.id, field: "reasons", stored: s.reasons, computed: fresh.reasons });
  }
  for (const extra of stored.values()) drift.push({ workItemId: extra.workItemId, field: "extra", stored: extra.health, computed: null });
  return { checked: computed.length, drift };
}

/** JSON with object keys sorted: jsonb stores keys in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * The transaction of a write that may change items' health (dispatch, reports, reviews, requests,
 * notices, deadline changes): the change, then the stored health of every item it touched — the
 * triggers marked them — recomputed before the commit, so the write returns with its lights current.
 */
export function writeTransaction<T>(change: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    await refreshDirtyHealth(tx, today());
    return result;
  });
}

/** The drift check for a signed-in user (the 审计员, beside the audit chain): audit.verify, then the check. */
export async function checkStoredHealth({ actor, today }: { actor: Actor; today: string }) {
  authorize(actor, "audit.verify");
  return checkHealthDrift({ today });
}
