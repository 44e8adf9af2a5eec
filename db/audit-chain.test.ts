import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/services/audit";
import { verifyAuditChain } from "@/lib/services/audit-chain";
import { db } from "./index";
import { auditEvents } from "./schema";
import { setupTestDatabase, uniqueName } from "./test-utils";
// Tests write records under unique made-up names, to find exactly their own rows again.
import type { AuditAction } from "@/lib/audit/actions";

/**
 * The tampering below is what a database superuser could do: switch off the append-only trigger,
 * change or delete a row, switch it back on. The chain must show it.
 */
async function asSuperuser(change: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
  try {
    await change();
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
  }
}

async function writeSome(n: number, prefix = "test.chain") {
  const actions: string[] = [];
  for (let i = 0; i < n; i++) {
    const action = uniqueName(prefix);
    actions.push(action);
    await recordAudit(db, {
      actor: null,
      action: action as AuditAction,
      entityType: "test",
      entityId: i,
      after: { 说明: `第${i}条`, n: i },
    });
  }
  return actions;
}

async function rowOf(action: string) {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.action, action));
  return row!;
}

describe("the audit trail is a hash chain", () => {
  beforeAll(setupTestDatabase);

  it("verifies on a fresh database and links each record to the one before", async () => {
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await writeSome(3);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true });
    const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(report.count).toBe(rows.length);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(report.headHash).toBe(rows.at(-1)!.hash);
  });

  it("stays one chain when many transactions write at once", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (tx) => {
          await recordAudit(tx, {
            actor: null,
            action: uniqueName("test.concurrent") as AuditAction,
            entityType: "test",
            entityId: i,
          });
          await recordAudit(tx, {
            actor: null,
            action: uniqueName("test.concurrent") as AuditAction,
            entityType: "test",
            entityId: i,
          });
        }),
      ),
    );
    const report = await verifyAuditChain(db);
    expect(report.problem).toBeUndefined();
    expect(report.ok).toBe(true);
  });

  it("names the record whose text a superuser changed, and passes again once it is put back", async () => {
    const [, middle] = await writeSome(3);
    const row = await rowOf(middle!);
    await asSuperuser(() =>
      db
        .update(auditEvents)
        .set({ after: { 说明: "改过的内容", n: 1 } })
        .where(eq(auditEvents.id, row.id)),
    );
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: "changed", id: row.id, seq: row.seq });
    expect(report.problem!.message).toContain(`id ${row.id}`);

    await asSuperuser(() => db.update(auditEvents).set({ after: row.after }).where(eq(auditEvents.id, row.id)));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("names the gap where a superuser deleted a record", async () => {
    const [first, middle] = await writeSome(3);
    const before = await rowOf(first!);
    const gone = await rowOf(middle!);
    await asSuperuser(() => db.delete(auditEvents).where(eq(auditEvents.id, gone.id)));
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: "missing", seq: gone.seq });
    expect(report.problem!.message).toContain(`第 ${gone.seq} 条`);
    expect(report.problem!.message).toContain(`id ${before.id}`);
  });
});
