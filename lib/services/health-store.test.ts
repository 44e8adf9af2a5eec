import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { appSettings, itemHealth, itemHealthDirty, supervisionNotices, users, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { checkHealthDrift } from "./health-drift";
import { ensureHealthFresh } from "./health-store";

const TODAY = "2026-03-16";

async function stored(workItemId: number) {
  const [row] = await db.select().from(itemHealth).where(eq(itemHealth.workItemId, workItemId));
  return row ?? null;
}

describe("the stored health (read model)", () => {
  beforeAll(setupTestDatabase);

  it("holds a row per dispatched item once read, none for drafts, and matches a fresh computation", async () => {
    const { items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2026-03-01" },
        { lead: ["市科技局"], status: "dispatched", dueOn: "2026-12-31" },
        { lead: ["市科技局"], status: "draft", dueOn: "2026-03-01" },
      ],
    });
    await ensureHealthFresh(TODAY);
    expect(await stored(items[0]!.id)).toMatchObject({
      health: "red",
      urgency: 0,
      daysOverdue: 15,
      dueOn: "2026-03-01",
      computedOn: TODAY,
    });
    expect(await stored(items[1]!.id)).toMatchObject({ health: "green", daysOverdue: 0 });
    expect(await stored(items[2]!.id)).toBeNull();
    expect(await db.select().from(itemHealthDirty)).toEqual([]);
    const check = await checkHealthDrift({ today: TODAY });
    expect(check.checked).toBeGreaterThanOrEqual(2);
    expect(check.drift).toEqual([]);
  });

  it("follows writes made by any code: a notice past its date turns the item red, a withdrawal removes it", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2026-12-31" }],
    });
    const item = items[0]!;
    await ensureHealthFresh(TODAY);
    expect((await stored(item.id))?.health).toBe("green");

    const [issuer] = await db.select({ id: users.id }).from(users).where(eq(users.role, "supervisor")).limit(1);
    // Written straight to the table, as no service would: the trigger still marks the item.
    await db.insert(supervisionNotices).values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "测试督办",
      respondBy: "2026-03-10",
      issuedBy: issuer!.id,
      status: "open",
    } as typeof supervisionNotices.$inferInsert);
    expect((await db.select().from(itemHealthDirty)).map((d) => d.workItemId)).toContain(item.id);
    await ensureHealthFresh(TODAY);
    expect(await stored(item.id)).toMatchObject({
      health: "red",
      reasons: [{ code: "noticeOverdue", params: { days: 6 } }],
    });

    await db.update(workItems).set({ status: "draft", dispatchedAt: null }).where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    expect(await stored(item.id)).toBeNull();
    expect((await checkHealthDrift({ today: TODAY })).drift).toEqual([]);
  });

  it("moves on with the calendar, and recomputes everything when the thresholds change", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2026-03-15" }],
    });
    await ensureHealthFresh(TODAY);
    expect((await stored(items[0]!.id))?.daysOverdue).toBe(1);
    await ensureHealthFresh("2026-03-20");
    expect(await stored(items[0]!.id)).toMatchObject({ daysOverdue: 5, computedOn: "2026-03-20" });

    await db
      .insert(appSettings)
      .values({ key: "health.warningWindowDays", value: 30 })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: 30 } });
    expect((await stored(items[0]!.id))?.computedOn).toBe("1900-01-01");
    await ensureHealthFresh("2026-03-20");
    expect((await stored(items[0]!.id))?.computedOn).toBe("2026-03-20");
    await db.delete(appSettings).where(eq(appSettings.key, "health.warningWindowDays"));
  });

  it("the drift check reports a stored light that no longer matches its sources", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2026-01-31" }],
    });
    await ensureHealthFresh(TODAY);
    // Changed behind the read model's back (no trigger watches item_health itself).
    await db.execute(sql`update item_health set health = 'green', urgency = 2 where work_item_id = ${items[0]!.id}`);
    const { drift } = await checkHealthDrift({ today: TODAY });
    expect(drift).toContainEqual({ workItemId: items[0]!.id, field: "health", stored: "green", computed: "red" });
    await db.insert(itemHealthDirty).values({ workItemId: items[0]!.id });
    await ensureHealthFresh(TODAY);
    expect((await checkHealthDrift({ today: TODAY })).drift).toEqual([]);
  });
});
