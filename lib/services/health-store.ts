import "server-only";
import { and, asc, count, gt, inArray, lt, ne, notInArray, or, sql } from "drizzle-orm";
import { db, rowsOf, type Queryable, type Tx } from "@/db";
import { itemHealth, itemHealthDirty, workItems } from "@/db/schema";
import { now, today } from "@/lib/clock";
import type { HealthSettings } from "@/lib/settings/health";
import { getHealthSettings } from "@/lib/settings/store";
import { unlessFresh } from "./data-version";
import { differences, recordOf, store, type StoredHealth } from "./health-record";
import { closeHealthHistory, recordHealthHistory } from "./health-history";
import { refreshObligations, topUpOngoing } from "./report-obligations";
import {
  computeItemHealth,
  healthOf,
  loadHealthInputs,
  type HealthInputs,
  type ItemHealthRow,
} from "./item-health-compute";

/**
 * The health read model (db/schema/health.ts). Triggers mark the items a write may have changed;
 * the write recomputes them before it commits (`refreshDirtyHealth(tx, today)`), readers recompute any
 * marks left over and, once a day, every light whose day has passed (`ensureHealthFresh`). The rules
 * are lib/health's alone; `checkHealthDrift` compares what is stored with a fresh computation.
 */

/** Marked items recomputed per pass: a plan-sized bite, so memory stays flat after a bulk load. */
const DIRTY_BATCH = 2000;
/** One lock for "recompute every stale light", so that twenty readers after midnight do it once. */
const STALE_LOCK = 0x6865616c; // "heal"

const idIn = (ids: number[]) => sql`${itemHealth.workItemId} = any(${sql.param(ids)}::int[])`;

/**
 * Stores computed rows, writing only the lights that changed; the others only move to `today`
 * (one statement per chunk): on an ordinary night most items keep their light.
 */
async function storeChanged(q: Queryable, rows: ItemHealthRow[], stored: StoredHealth[], today: string): Promise<void> {
  const at = now();
  const before = new Map(stored.map((r) => [r.workItemId, r]));
  const changed: ItemHealthRow[] = [];
  const moved: number[] = [];
  for (const row of rows) {
    const s = before.get(row.id);
    if (!s || s.planId !== row.planId || differences(s, recordOf(row, today, at)).length > 0) changed.push(row);
    else if (s.computedOn !== today) moved.push(row.id);
  }
  await store(q, changed, today);
  await recordHealthHistory(q, changed, today);
  for (let i = 0; i < moved.length; i += 5000) {
    await q
      .update(itemHealth)
      .set({ computedOn: today, computedAt: at })
      .where(idIn(moved.slice(i, i + 5000)));
  }
}

/** Recomputes the given items: stored rows of items no longer dispatched (withdrawn, deleted) go. */
async function refreshItems(q: Queryable, ids: number[], today: string, settings: HealthSettings): Promise<void> {
  if (ids.length === 0) return;
  const rows = await computeItemHealth(q, { today, workItemIds: ids, settings });
  await storeChanged(q, rows, await q.select().from(itemHealth).where(idIn(ids)), today);
  const kept = new Set(rows.map((r) => r.id));
  const gone = ids.filter((id) => !kept.has(id));
  if (gone.length) await q.delete(itemHealth).where(inArray(itemHealth.workItemId, gone));
  await closeHealthHistory(q, gone, today);
  await refreshObligations(q, ids, today);
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

/** Recomputes the items of the given plans for `today`, from their source rows (loadHealthInputs). */
async function refreshPlans(
  q: Queryable,
  planIds: number[],
  inputs: HealthInputs,
  today: string,
  settings: HealthSettings,
): Promise<number> {
  const inPlans = (column: typeof itemHealth.planId | typeof workItems.planId) =>
    sql`${column} = any(${sql.param(planIds)}::int[])`;
  const rows = healthOf(inputs, today, settings);
  await storeChanged(q, rows, await q.select().from(itemHealth).where(inPlans(itemHealth.planId)), today);
  const dispatched = q
    .select({ id: workItems.id })
    .from(workItems)
    .where(and(inPlans(workItems.planId), ne(workItems.status, "draft")));
  const dropped = await q
    .delete(itemHealth)
    .where(and(inPlans(itemHealth.planId), notInArray(itemHealth.workItemId, dispatched)))
    .returning({ id: itemHealth.workItemId });
  await closeHealthHistory(q, dropped, today);
  await topUpOngoing(q, planIds, today);
  return rows.length;
}

/**
 * Items recomputed in one pass: a pass reads the reports table once whatever its size, so passes
 * are few and large; the bound keeps the memory of one pass near 150 MB.
 */
const ITEMS_PER_PASS = 12_000;

/** Consecutive plans grouped into passes of at most ITEMS_PER_PASS items (a larger plan is a pass of its own). */
function passes(plans: { planId: number; items: number }[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const p of plans) {
    if (current.length && size + p.items > ITEMS_PER_PASS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(p.planId);
    size += p.items;
  }
  if (current.length) out.push(current);
  return out;
}

const staleOn = (today: string) => or(lt(itemHealth.computedOn, today), gt(itemHealth.computedOn, today));

/** Plans with lights computed for another day, and how many items each holds. */
async function stalePlans(q: Queryable, today: string): Promise<{ planId: number; items: number }[]> {
  const rows = await q
    .select({ planId: itemHealth.planId, items: count() })
    .from(itemHealth)
    .where(
      inArray(
        itemHealth.planId,
        q.selectDistinct({ planId: itemHealth.planId }).from(itemHealth).where(staleOn(today)),
      ),
    )
    .groupBy(itemHealth.planId)
    .orderBy(asc(itemHealth.planId));
  return rows.map((r) => ({ planId: r.planId, items: Number(r.items) }));
}

/**
 * Makes the stored health current for `today` before a page or an export reads it: marked items,
 * then (the first read after midnight, or after the thresholds changed) every plan whose lights
 * were computed for another day. The daily job runs the same after midnight, so readers rarely wait.
 * Skipped while the data version and the day are those it last found nothing to do for.
 */
export const ensureHealthFresh = (today: string) => unlessFresh(today, () => refreshStale(today));

async function refreshStale(today: string): Promise<{ items: number; plans: number }> {
  const items = await db.transaction((tx) => refreshDirtyHealth(tx, today));
  if ((await stalePlans(db, today)).length === 0) return { items, plans: 0 };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${STALE_LOCK})`);
    // Another reader may have done it while this one waited for the lock.
    const stale = await stalePlans(tx, today);
    const settings = await getHealthSettings(tx);
    let total = items;
    const batches = passes(stale);
    // Each pass's source rows are read while the one before is computed and stored.
    const load = (planIds: number[]) => {
      const loading = loadHealthInputs(tx, { planIds });
      loading.catch(() => undefined);
      return loading;
    };
    let next = load(batches[0]!);
    for (const [i, planIds] of batches.entries()) {
      const inputs = await next;
      if (i + 1 < batches.length) {
        next = load(batches[i + 1]!);
        // Let the driver send the queries before the computation holds the event loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
      total += await refreshPlans(tx, planIds, inputs, today, settings);
    }
    return { items: total, plans: stale.length };
  });
}

/**
 * The daily job (after midnight Asia/Shanghai, and `bench:load`): every light current for `today`;
 * after rewriting many rows, fresh planner statistics for the table pages filter on.
 */
export async function runHealthJob({ today }: { today: string }): Promise<{ items: number; plans: number }> {
  const result = await ensureHealthFresh(today);
  // Every light was rewritten; the obligations (a year ahead's new periods) and the history (the
  // lights that changed) grow by a small part a day, which autovacuum's own analyze keeps up with.
  if (result.plans > 0) await db.execute(sql`analyze ${itemHealth}`);
  return result;
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
