import { bigint, check, integer, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * One row: the version of the plan data, moved forward by every committed transaction that changed
 * a table pages read (triggers in migration 0013, at commit time). Readers that cache an aggregate
 * key it on this number (lib/services/data-version.ts), so a cached answer is never older than the
 * last commit. The value is a microsecond timestamp that only grows, so a restored backup never
 * repeats a number a running server has cached under other data.
 */
export const dataVersion = pgTable(
  "data_version",
  {
    id: integer("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("data_version_one_row", sql`${t.id} = 1`)],
);

/** A transaction's mark that it changed plan data: inserted once by the statement triggers, consumed at commit. */
export const dataVersionBump = pgTable("data_version_bump", {
  txid: bigint("txid", { mode: "number" }).primaryKey(),
});
