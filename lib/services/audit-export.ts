import "server-only";
import { and, count, sql } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { csvCell } from "@/lib/export/csv";
import { recordExport } from "./audit";
import { recordsQuery, whereOf, type AuditFilters, type AuditRecord } from "./audit-log";

/** The most records one export holds; past it the auditor narrows the filter. */
export const AUDIT_EXPORT_LIMIT = 100_000;
/** Records per chunk of a streamed export. */
const AUDIT_EXPORT_CHUNK = 1000;

/**
 * The filtered records as CSV, UTF-8 with a BOM so Excel shows Chinese correctly, streamed a chunk
 * at a time (newest first, by keyset, so memory holds one chunk whatever the trail's size). `format`
 * turns records into the cells of their rows, in the same words as the page (lib/audit/rows). The
 * export is recorded before the first byte, with the number of rows it will hold.
 */
export async function streamAuditCsv(params: {
  actor: Actor;
  filters?: AuditFilters;
  headers: string[];
  format: (rows: AuditRecord[]) => Promise<unknown[][]>;
}): Promise<ReadableStream<Uint8Array>> {
  authorize(params.actor, "audit.read");
  const where = whereOf(params.actor, params.filters ?? {});
  const capped = db
    .select({ one: sql`1` })
    .from(auditEvents)
    .where(where)
    .limit(AUDIT_EXPORT_LIMIT)
    .as("capped");
  const [counted] = await db.select({ n: count() }).from(capped);
  const total = Number(counted?.n ?? 0);
  await recordExport({ actor: params.actor, kind: "audit", filters: params.filters ?? {}, rows: total });
  const encoder = new TextEncoder();
  let sent = 0;
  let afterId: number | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${params.headers.map(csvCell).join(",")}\r\n`));
    },
    async pull(controller) {
      const limit = Math.min(AUDIT_EXPORT_CHUNK, total - sent);
      // After the last row sent, in the page's order; the row's own timestamp, at the database's precision.
      const keyset =
        afterId == null
          ? undefined
          : sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (select a.created_at, a.id from ${auditEvents} a where a.id = ${afterId})`;
      const rows = limit > 0 ? await recordsQuery(and(where, keyset)).limit(limit) : [];
      if (rows.length === 0) return controller.close();
      afterId = rows.at(-1)!.event.id;
      sent += rows.length;
      const cells = await params.format(rows);
      controller.enqueue(encoder.encode(cells.map((c) => `${c.map(csvCell).join(",")}\r\n`).join("")));
    },
  });
}
