import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { verifyAuditChain } from "@/lib/services/audit-chain";
import { fillCity } from "./synth-core";

const one = async (text: string) =>
  Number(Object.values(rowsOf<Record<string, unknown>>(await db.execute(sql.raw(text)))[0])[0]);

describe("npm run db:synth at a tiny scale", () => {
  it("fills an empty database within every constraint and trigger, the audit chain whole", async () => {
    // This file's own database, migrated and empty (not the demo-seeded template).
    await migrateDatabase();
    // One connection for the whole fill: its temporary tables live in one session.
    const { counts } = await db.transaction((tx) =>
      fillCity(async (text) => rowsOf<Record<string, unknown>>(await tx.execute(sql.raw(text))), {
        scale: 0.002,
        today: "2026-03-16",
      }),
    );
    expect(counts).toMatchObject({ departments: 15, users: 23, plans: 1, audit_events: 2_000, notifications: 400 });
    expect(counts.work_items).toBeGreaterThan(30);
    expect(counts.progress_reports).toBeGreaterThan(50);
    expect(
      await one(
        `select count(*) from work_items w where (select count(*) from assignments a where a.work_item_id = w.id and a.role = 'lead') <> 1`,
      ),
    ).toBe(0);
    expect(
      await one(
        `select count(*) from progress_reports r where r.status <> 'draft' and not exists (select 1 from progress_report_revisions v where v.report_id = r.id)`,
      ),
    ).toBe(0);
    expect(
      await one(`select count(*) from work_items where status = 'dispatched' and due_on < '2026-03-16'`),
    ).toBeGreaterThan(0);
    expect(await one(`select count(*) from users where must_change_password or not is_active`)).toBe(0);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 60_000);
});
