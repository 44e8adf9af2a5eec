import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf, type Queryable } from "@/db";
import { authorize, type Actor } from "@/lib/authz";

const PAGE = 2_000;

/** What `verifyAuditChain` found; `problem` names the first record that does not fit the chain. */
export interface ChainReport {
  ok: boolean;
  /** Records checked. */
  count: number;
  /** Hash of the last record: write it down elsewhere to detect later removal of the newest records. */
  headHash: string | null;
  problem?: {
    kind: "changed" | "link" | "missing" | "unchained";
    seq: number | null;
    id: number | null;
    message: string;
  };
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
      problem: { kind: "unchained", seq: null, id, message: `记录 id ${id} 不在哈希链中(没有序号或哈希)` },
    };
  }
  let count = 0;
  let prev: { seq: number; hash: string; id: number } | null = null;
  for (;;) {
    const from: number = prev?.seq ?? 0;
    const rows: ChainRow[] = rowsOf<ChainRow>(
      await q.execute(
        sql`select id, seq, "prevHash", hash, audit_event_hash(a) as computed from audit_events a
            where seq > ${from} order by seq limit ${PAGE}`,
      ),
    );
    for (const row of rows) {
      const seq: number = Number(row.seq);
      const id = Number(row.id);
      const expected: number = (prev?.seq ?? 0) + 1;
      if (seq !== expected) {
        const after = prev ? `id ${prev.id} 之后` : "链首";
        const missing = seq - expected === 1 ? `第 ${expected} 条` : `第 ${expected}–${seq - 1} 条`;
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: { kind: "missing", seq: expected, id: null, message: `缺失${missing}记录(${after})` },
        };
      }
      if (row.hash !== row.computed) {
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: { kind: "changed", seq, id, message: `第 ${seq} 条记录(id ${id})的内容已被改动` },
        };
      }
      if (row.prevHash !== (prev?.hash ?? "")) {
        return {
          ok: false,
          count,
          headHash: prev?.hash ?? null,
          problem: { kind: "link", seq, id, message: `第 ${seq} 条记录(id ${id})与前一条的哈希不衔接` },
        };
      }
      prev = { seq, hash: row.hash!, id };
      count++;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, count, headHash: prev?.hash ?? null };
}

/** One line for the console and the verify route. */
export function describeChain(report: ChainReport): string {
  if (!report.ok) return `审计链校验失败:${report.problem!.message}`;
  return `审计链完整:${report.count} 条记录,末条哈希 ${report.headHash ?? "(无记录)"}`;
}

/** The chain check for a signed-in user (the 审计员): audit.verify, then the same walk as the script. */
export async function checkAuditChain({ actor }: { actor: Actor }): Promise<ChainReport> {
  authorize(actor, "audit.verify");
  return verifyAuditChain(db);
}
