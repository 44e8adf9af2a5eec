import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { progressReports, reportObligations, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { requiredPeriods } from "@/lib/lifecycle/periods";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { checkHealthDrift } from "./health-drift";
import { ensureHealthFresh, runHealthJob } from "./health-store";
import { ONGOING_HORIZON_DAYS } from "./report-obligations";

const TODAY = "2025-07-01";
vi.hoisted(() => {
  process.env.APP_TODAY = "2025-07-01";
});

async function stored(ids: number[]) {
  return db
    .select()
    .from(reportObligations)
    .where(inArray(reportObligations.workItemId, ids))
    .orderBy(reportObligations.workItemId, reportObligations.departmentId, reportObligations.dueOn);
}

/** An ongoing item (no due date) dispatched in January 2025, its obligations stored for TODAY. */
async function ongoingItem() {
  const { items } = await createTestPlan({
    items: [{ lead: ["市科技局"], status: "dispatched", dueOn: null }],
  });
  const item = items[0]!;
  await db
    .update(workItems)
    .set({ ongoing: true, dispatchedAt: new Date("2025-01-05T02:00:00Z") })
    .where(eq(workItems.id, item.id));
  await ensureHealthFresh(TODAY);
  return item;
}

describe("report obligations (the reports each unit owes)", () => {
  beforeAll(setupTestDatabase);

  it("hold, per unit, exactly the periods lib/lifecycle/periods asks for, with the day each was filed", async () => {
    const { items } = await createTestPlan({
      periodEnd: "2025-12-31",
      items: [
        { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2025-09-30" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-03-10" },
      ],
    });
    const [monthly, quarterly, short] = items;
    // Dispatched 2025-01-31 (Beijing time) with a report day of 31: January's report (due that day) is
    // not owed, February's falls due on the 28th; the quarterly one's first report is due 5 March.
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2025-01-31T02:00:00Z"), reportDueDay: 31 })
      .where(inArray(workItems.id, [monthly!.id, short!.id]));
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2025-01-31T02:00:00Z"), reportingCycle: "quarterly", reportDueDay: 5 })
      .where(eq(workItems.id, quarterly!.id));
    const kjj = await departmentId("市科技局");
    const swj = await departmentId("市商务局");
    await db.insert(progressReports).values([
      // Submitted at 00:30 on 1 March Beijing time (still 28 February in UTC): filed on 1 March.
      {
        workItemId: monthly!.id,
        departmentId: kjj,
        period: "2025-02",
        status: "submitted",
        percent: 10,
        submittedAt: new Date("2025-02-28T16:30:00Z"),
      },
      {
        workItemId: monthly!.id,
        departmentId: swj,
        period: "2025-03",
        status: "accepted",
        percent: 20,
        submittedAt: new Date("2025-03-20T02:00:00Z"),
      },
      // A draft is not filed.
      { workItemId: monthly!.id, departmentId: kjj, period: "2025-04", status: "draft", percent: 30 },
    ]);
    await ensureHealthFresh(TODAY);

    const rows = await stored([monthly!.id, quarterly!.id, short!.id]);
    const expected = (id: number, dept: number, cycle: "monthly" | "quarterly", day: number, dueOn: string) =>
      requiredPeriods({
        cycle,
        reportDueDay: day,
        dispatchedOn: "2025-01-31",
        until: "2099-12-31",
        itemDueOn: dueOn,
      }).map((p) => ({ workItemId: id, departmentId: dept, period: p.period, dueOn: p.dueOn }));
    const keyed = rows.map(({ workItemId, departmentId, period, dueOn }) => ({
      workItemId,
      departmentId,
      period,
      dueOn,
    }));
    const want = [
      ...expected(monthly!.id, kjj, "monthly", 31, "2025-09-30"),
      ...expected(monthly!.id, swj, "monthly", 31, "2025-09-30"),
      ...expected(quarterly!.id, swj, "quarterly", 5, "2025-12-31"),
      ...expected(short!.id, kjj, "monthly", 31, "2025-03-10"),
    ];
    expect(keyed).toEqual(expect.arrayContaining(want));
    expect(keyed).toHaveLength(want.length);
    expect(keyed.find((r) => r.workItemId === monthly!.id && r.period === "2025-02")?.dueOn).toBe("2025-02-28");
    expect(keyed.filter((r) => r.workItemId === short!.id).map((r) => r.period)).toEqual(["2025-02"]);
    expect(keyed.filter((r) => r.workItemId === quarterly!.id).map((r) => r.period)).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
    ]);
    const filed = (dept: number, period: string) =>
      rows.find((r) => r.workItemId === monthly!.id && r.departmentId === dept && r.period === period)?.filedOn;
    expect(filed(kjj, "2025-02")).toBe("2025-03-01");
    expect(filed(swj, "2025-03")).toBe("2025-03-20");
    expect(filed(kjj, "2025-04")).toBeNull();
    expect((await checkHealthDrift({ today: TODAY })).drift).toEqual([]);
  });

  it("follow the item: a later due date adds periods, completion ends them, a new filing is recorded", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2025-04-30" }],
    });
    const item = items[0]!;
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2025-01-05T02:00:00Z") })
      .where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    const periods = async () => (await stored([item.id])).map((r) => r.period);
    expect(await periods()).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);

    await db.update(workItems).set({ dueOn: "2025-06-30" }).where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    expect(await periods()).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);

    const kjj = await departmentId("市科技局");
    await db.insert(progressReports).values({
      workItemId: item.id,
      departmentId: kjj,
      period: "2025-05",
      status: "submitted",
      percent: 50,
      submittedAt: new Date("2025-05-20T02:00:00Z"),
    });
    await db
      .update(workItems)
      .set({ status: "completed", completedAt: new Date("2025-05-28T02:00:00Z") })
      .where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    const rows = await stored([item.id]);
    expect(rows.map((r) => r.period)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]);
    expect(rows.find((r) => r.period === "2025-05")?.filedOn).toBe("2025-05-20");
  });

  it("hold an ongoing item's periods a year ahead, and the drift check finds a row changed behind their back", async () => {
    const item = await ongoingItem();
    const rows = await stored([item.id]);
    const last = rows.at(-1)!.dueOn;
    expect(rows[0]!.period).toBe("2025-01");
    // The last period due within the horizon: a year ahead of today.
    expect(last > "2026-06-01" && last <= "2026-07-02").toBe(true);
    expect(ONGOING_HORIZON_DAYS).toBeGreaterThanOrEqual(365);

    await db.execute(
      sql`update ${reportObligations} set filed_on = date '2025-02-01' where work_item_id = ${item.id} and period = '2025-02'`,
    );
    const { drift } = await checkHealthDrift({ today: TODAY });
    expect(drift.filter((d) => d.field === "obligation" && d.workItemId === item.id)).toHaveLength(2);
  });

  it("take in the periods the horizon reaches as the days move on, keep those filed, and drop any past it when the day goes back", async () => {
    const item = await ongoingItem();
    const before = await stored([item.id]);

    const monthLater = "2025-08-05";
    await runHealthJob({ today: monthLater });
    const after = await stored([item.id]);
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)!.period).toBe("2026-07");
    const drift = (await checkHealthDrift({ today: monthLater })).drift;
    expect(drift.filter((d) => d.workItemId === item.id)).toEqual([]);

    await runHealthJob({ today: TODAY });
    expect(await stored([item.id])).toEqual(before);
  });
});
