import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { db, rowsOf } from "@/db";
import * as schema from "@/db/schema";

// Security events may be recorded on refusal; what must never change is the data itself.
const IGNORED = new Set(["audit_events", "login_attempts"]);

function tables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

/** A fingerprint of every data table: equal before and after means no row changed. */
export async function snapshotData(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables()) {
    const name = getTableName(table);
    if (IGNORED.has(name)) continue;
    const result = await db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`,
      ),
    );
    const [row] = rowsOf<{ n: number; h: string }>(result);
    out[name] = `${row?.n}:${row?.h}`;
  }
  return out;
}
