import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf, type Queryable } from "@/db";
import { authorize, type Actor } from "@/lib/authz";
import { msg } from "@/lib/i18n/message-ref";
import { renderMessage } from "@/lib/i18n/server-messages";

const PAGE = 2_000;

/** What `verifyAuditChain` found; `problem` names the first record that does not fit the chain. */
export interface ChainReport {
  ok: boolean;
  /** Records checked. */
  count: number;
  /** Hash of the last record: write it down elsewhere to detect later removal of the newest records. */
  headHash: string | null;
  problem?: ChainProblem;
}

export interface ChainProblem {
  kind: "changed" | "link" | "missing" | "unchained";
  seq: number | null;
  id: number | null;
  /** What is wrong, as a message ref (`msg`), rendered in the reader's language where it is shown. */
  ref: string;
  /** The same in the default language, for logs and the console. */
  message: string;
}

/**
 * A problem with its message as data and as default-language text. Positions and ids go in as
 * strings, so they print as they are (no digit grouping) in every language.
 */
function chainProblem(kind: ChainProblem["kind"], seq: number | null, id: number | null, ref: string): ChainProblem {
  return { kind, seq, id, ref, message: renderMessage(ref) };
}

interface ChainRow {
  id: number | string;
  seq: number | string | null;
  prevHash: string | null;
  hash: string | null;
  computed: string;
}

/**
 * Walks the audit chain in order: each record's stored hash must equal the hash of its content as the
 * database computes it (`audit_event_hash`, the same function the insert trigger uses), must name the
 * previous record's hash, and positions must run 1, 2, 3… without a gap. Reads in pages of 2,000.
 */
export async function verifyAuditChain(q: Queryable): Promise<ChainReport> {
  const [unchained] = rowsOf<{ id: number | string }>(
    await q.execute(sql`select id from audit_events where seq is null or hash is null order by id limit 1`),
  );
  if (unchained) {
    const id = Number(unchained.id);
    return {
      ok: false,
      count: 0,
      headHash: null,
      problem: chainProblem("unchained", null, id, msg("errors.auditChain.unchained", { id: String(id) })),
    };
  }
  let count = 0;
  let prev: { seq: number; hash: string; id: number } | null = null;
  for (;;) {
    const from: number = prev?.seq ?? 0;
    const rows: ChainRow[] = rowsOf<ChainRow>(
      await q.execute(
        sql`select id, seq, prev_hash as "prevHash", hash, audit_event_hash(a) as computed from audit_events a
            where seq > ${from} order by seq limit ${PAGE}`,
      ),
    );
    for (const row of rows) {
      const seq: number = Number(row.seq);
      const id = Number(row.id);
      const expected: number = (prev?.seq ?? 0) + 1;
      if (seq !== expected) {
        const after = prev
          ? msg("errors.auditChain.afterRecord", { id: String(prev.id) })
          : msg("errors.auditChain.chainStart");
        const missing =
          seq - expected === 1
            ? msg("errors.auditChain.missingOne", { seq: String(expected), after })
            : msg("errors.auditChain.missingRange", { from: String(expected), to: String(seq - 1), after });
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: chainProblem("missing", expected, null, missing),
        };
      }
      if (row.hash !== row.computed) {
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: chainProblem(
            "changed",
            seq,
            id,
            msg("errors.auditChain.changed", { seq: String(seq), id: String(id) }),
          ),
        };
      }
      if (row.prevHash !== (prev?.hash ?? "")) {
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: chainProblem("link", seq, id, msg("errors.auditChain.link", { seq: String(seq), id: String(id) })),
        };
      }
      prev = { seq, hash: row.hash!, id };
      count++;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, count, headHash: prev?.hash ?? null };
}

/** One line for the console, as a message ref (render it with `renderMessage`). */
export function describeChain(report: ChainReport): string {
  if (!report.ok) return msg("errors.auditChain.failed", { problem: report.problem!.ref });
  return msg("errors.auditChain.intact", {
    count: String(report.count),
    hash: report.headHash ?? msg("errors.auditChain.noRecords"),
  });
}

/** The chain check for a signed-in user (the 审计员): audit.verify, then the same walk as the script. */
export async function checkAuditChain({ actor }: { actor: Actor }): Promise<ChainReport> {
  authorize(actor, "audit.verify");
  return verifyAuditChain(db);
}
