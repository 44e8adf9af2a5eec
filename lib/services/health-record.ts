import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { itemHealth } from "@/db/schema";
import { now } from "@/lib/clock";
import { jsonEqual } from "@/lib/format/canonical-json";
import { isIndicatorAttained, type Comparator, type Health } from "@/lib/health";
import type { ItemHealthRow } from "./item-health-compute";

/**
 * A stored light (item_health's row) from a computed one, the comparison of the two (what the daily
 * job and the drift check ask), and the bulk write (lib/services/health-store.ts keeps them current).
 */

/** The board's order, worst first. */
export const URGENCY: Record<Health, number> = { red: 0, yellow: 1, green: 2, completed: 3 };

/** Rows per bulk write. */
const BATCH = 2000;

export function recordOf(row: ItemHealthRow, today: string, at: Date): typeof itemHealth.$inferInsert {
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
    indicatorsAttained: row.indicators.filter((i) =>
      isIndicatorAttained(i.comparator as Comparator, i.target, i.latest),
    ).length,
    dueOn: row.dueOn,
    computedOn: today,
    computedAt: at,
  };
}

const COMPARED = [
  "health",
  "daysOverdue",
  "missingReports",
  "progressPercent",
  "indicators",
  "indicatorsReported",
  "indicatorsAttained",
  "dueOn",
] as const;

/** The stored columns with their SQL types, for the bulk write below. */
const COLUMNS: [keyof typeof itemHealth.$inferInsert, string][] = [
  ["workItemId", "int"],
  ["planId", "int"],
  ["health", "health_level"],
  ["urgency", "smallint"],
  ["reasons", "jsonb"],
  ["daysOverdue", "int"],
  ["missingReports", "int"],
  ["progressPercent", "int"],
  ["indicators", "int"],
  ["indicatorsReported", "int"],
  ["indicatorsAttained", "int"],
  ["dueOn", "date"],
  ["computedOn", "date"],
  ["computedAt", "timestamptz"],
];
/** The table's column names (snake_case in the database), and the record fields (the TypeScript keys) they are read from. */
const names = COLUMNS.map(([c]) => `"${itemHealth[c].name}"`).join(", ");
const fields = COLUMNS.map(([c]) => `"${c}"`).join(", ");
const recordType = COLUMNS.map(([c, t]) => `"${c}" ${t}`).join(", ");
const updates = COLUMNS.slice(1)
  .map(([c]) => `"${itemHealth[c].name}" = excluded."${itemHealth[c].name}"`)
  .join(", ");

/**
 * Stores computed rows, replacing what was there: a batch travels as one JSON parameter
 * (jsonb_to_recordset), not fourteen bind parameters per row.
 */
export async function store(q: Queryable, rows: ItemHealthRow[], today: string): Promise<void> {
  const at = now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const records = JSON.stringify(rows.slice(i, i + BATCH).map((r) => recordOf(r, today, at)));
    await q.execute(sql`
      insert into ${itemHealth} (${sql.raw(names)})
      select ${sql.raw(fields)} from jsonb_to_recordset(${records}::jsonb) as x(${sql.raw(recordType)})
      on conflict (${sql.identifier(itemHealth.workItemId.name)}) do update set ${sql.raw(updates)}`);
  }
}

export type StoredHealth = typeof itemHealth.$inferSelect;

/** One stored value that differs from a fresh computation (or a light missing, or one too many). */
export interface HealthDifference {
  /** "obligation": a report owed (lib/services/report-obligations.ts) stored otherwise than enumerated. */
  field: "missing" | "extra" | "reasons" | "obligation" | "history" | (typeof COMPARED)[number];
  stored: unknown;
  computed: unknown;
}
type HealthRecord = ReturnType<typeof recordOf>;

/** The stored values that differ from a fresh computation (the day it was computed for aside). */
export function differences(stored: StoredHealth, fresh: HealthRecord): HealthDifference[] {
  const out: HealthDifference[] = [];
  for (const field of COMPARED) {
    if ((stored[field] ?? null) !== (fresh[field] ?? null))
      out.push({ field, stored: stored[field], computed: fresh[field] });
  }
  if (!jsonEqual(stored.reasons, fresh.reasons))
    out.push({ field: "reasons", stored: stored.reasons, computed: fresh.reasons });
  return out;
}
