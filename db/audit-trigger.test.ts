import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/services/audit";
import { db } from "./index";
import { auditEvents } from "./schema";
import { setupTestDatabase, uniqueName } from "./test-utils";
// Tests write records under unique made-up names, to find exactly their own rows again.
import type { AuditAction } from "@/lib/audit/actions";

describe("audit events are append-only at the database", () => {
  beforeAll(setupTestDatabase);

  async function writeOne() {
    const action = uniqueName("test.audit");
    await recordAudit(db, { actor: null, action: action as AuditAction, entityType: "test", after: { value: 1 } });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.action, action));
    return row!;
  }

  it("refuses UPDATE", async () => {
    const row = await writeOne();
    await expect(
      db.update(auditEvents).set({ action: "tampered" }).where(eq(auditEvents.id, row.id)),
    ).rejects.toThrow();
    const [after] = await db.select().from(auditEvents).where(eq(auditEvents.id, row.id));
    expect(after?.action).toBe(row.action);
  });

  it("refuses DELETE", async () => {
    const row = await writeOne();
    await expect(db.delete(auditEvents).where(eq(auditEvents.id, row.id))).rejects.toThrow();
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.id, row.id));
    expect(rows).toHaveLength(1);
  });

  it("refuses TRUNCATE", async () => {
    await writeOne();
    await expect(db.execute(sql`truncate table audit_events`)).rejects.toThrow();
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(count!.n).toBeGreaterThan(0);
  });

  it("never stores a password hash", async () => {
    const action = uniqueName("test.audit");
    await recordAudit(db, {
      actor: null,
      action: action as AuditAction,
      entityType: "user",
      after: { username: "x", passwordHash: "$2b$secret" },
    });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.action, action));
    expect(JSON.stringify(row!.after)).not.toContain("secret");
  });
});
