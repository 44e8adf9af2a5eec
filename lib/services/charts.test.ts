import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { indicatorReadings, indicators, progressReports, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { indicatorSeries, leaderCharts, planBurnUp } from "./charts";

vi.hoisted(() => {
  process.env.APP_TODAY = "2025-06-15";
});

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe("leaders' charts", () => {
  beforeAll(setupTestDatabase);

  it("the burn-up has one point a month from the plan's start to today and counts an item once it is completed", async () => {
    const { plan, items } = await createTestPlan({
      periodEnd: "2025-12-31",
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-31" },
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-31" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
      ],
    });
    const leader = (await actAs("leader"))!;
    const before = await leaderCharts({ actor: leader, planId: plan.id });
    expect(before.plan?.id).toBe(plan.id);
    const points = before.burnUp!.points;
    // Plan period 2024-01-01..2025-12-31, today 2025-06-15: January 2024 to June 2025.
    expect(points.map((p) => p.month)).toHaveLength(18);
    expect(points[0]!.month).toBe("2024-01");
    expect(points.at(-1)!.month).toBe("2025-06");
    expect(new Set(points.map((p) => p.month)).size).toBe(18);
    expect(points.every((p) => p.completed === 0)).toBe(true);
    // The plan line climbs from near 0 to the 4 items, at the share of the period gone by each month's end.
    expect(points[0]!.planned).toBeCloseTo((4 * 30) / 730, 1);
    expect(points.at(-1)!.planned).toBeCloseTo((4 * 546) / 730, 1);
    expect(points.every((p, i) => i === 0 || p.planned! >= points[i - 1]!.planned!)).toBe(true);

    await db
      .update(workItems)
      .set({ status: "completed", completedAt: at("2025-03-10") })
      .where(eq(workItems.id, items[0]!.id));
    const after = (await leaderCharts({ actor: leader, planId: plan.id })).burnUp!;
    const completedIn = Object.fromEntries(after.points.map((p) => [p.month, p.completed]));
    expect(completedIn["2025-02"]).toBe(0);
    expect(completedIn["2025-03"]).toBe(1);
    expect(completedIn["2025-06"]).toBe(1);
    expect(after.total).toBe(4);

    // Once the period is over the months stop at its end, and the plan line has reached every item.
    const ended = await planBurnUp({ actor: leader, plan: before.plan!, today: "2026-03-16" });
    expect(ended.points).toHaveLength(24);
    expect(ended.points.at(-1)).toEqual({ month: "2025-12", completed: 1, planned: 4 });
  });

  it("health by section and by unit counts each light from the stored health", async () => {
    const { plan, section, items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-05-01" },
        { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
      ],
    });
    await db
      .update(workItems)
      .set({ reportingCycle: "none" })
      .where(
        inArray(
          workItems.id,
          items.map((i) => i.id),
        ),
      );
    await db
      .update(workItems)
      .set({ status: "completed", completedAt: at("2025-06-01") })
      .where(eq(workItems.id, items[2]!.id));
    const charts = await leaderCharts({ actor: (await actAs("leader"))!, planId: plan.id });
    const mine = charts.health!.bySection.find((s) => s.id === section.id)!;
    expect(mine.counts).toEqual({ red: 1, yellow: 0, green: 1, completed: 1, total: 3 });
    const unit = Object.fromEntries(charts.health!.byDepartment.map((d) => [d.departmentName, d]));
    expect(unit["市科技局"]).toMatchObject({ red: 1, green: 1, total: 2 });
    expect(unit["市商务局"]).toMatchObject({ green: 1, completed: 1, total: 2 });
  });

  it("the on-time rate covers the last 12 months and drops when a report is filed after its due day", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-31" }],
    });
    const item = items[0]!;
    await db
      .update(workItems)
      .set({ dispatchedAt: at("2025-01-05") })
      .where(eq(workItems.id, item.id));
    const leader = (await actAs("leader"))!;
    const month = async (m: string) => (await leaderCharts({ actor: leader })).onTime.find((r) => r.month === m)!;
    const rates = (await leaderCharts({ actor: leader })).onTime;
    expect(rates.map((r) => r.month)).toEqual([
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
    const march = await month("2025-03");
    const april = await month("2025-04");
    // June's report (due the 25th) is not due yet and not counted.
    const june = await month("2025-06");
    expect(april.due).toBeGreaterThan(0);

    const kjj = await departmentId("市科技局");
    await db.insert(progressReports).values([
      { workItemId: item.id, departmentId: kjj, period: "2025-03", status: "accepted", submittedAt: at("2025-03-20") },
      { workItemId: item.id, departmentId: kjj, period: "2025-04", status: "accepted", submittedAt: at("2025-04-28") },
    ]);
    const marchAfter = await month("2025-03");
    const aprilAfter = await month("2025-04");
    expect(marchAfter.due).toBe(march.due);
    expect(marchAfter.onTime).toBe(march.onTime + 1);
    // Filed three days late: due, not on time.
    expect(aprilAfter.due).toBe(april.due);
    expect(aprilAfter.onTime).toBe(april.onTime);
    expect(aprilAfter.rate).toBe(april.rate);
    expect(marchAfter.rate).toBeGreaterThan(march.rate ?? 0);
    expect((await month("2025-06")).due).toBe(june.due);
  });

  it("an indicator's readings come with the straight line from baseline to target", async () => {
    const { items } = await createTestPlan({
      items: [
        {
          lead: ["市科技局"],
          support: ["市商务局"],
          status: "dispatched",
          dueOn: "2025-12-31",
          indicators: [
            {
              name: "技术合同成交额",
              comparator: ">=",
              targetValue: 200,
              unit: "亿元",
              baselineValue: 100,
              baselineOn: "2025-01-01",
            },
            { name: "无基数指标", comparator: ">=", targetValue: 10, unit: "个" },
          ],
        },
      ],
    });
    const item = items[0]!;
    const [withBase] = await db.select().from(indicators).where(eq(indicators.workItemId, item.id));
    const kjj = await departmentId("市科技局");
    const swj = await departmentId("市商务局");
    const reports = await db
      .insert(progressReports)
      .values([
        {
          workItemId: item.id,
          departmentId: kjj,
          period: "2025-03",
          status: "submitted",
          submittedAt: at("2025-03-20"),
        },
        {
          workItemId: item.id,
          departmentId: swj,
          period: "2025-03",
          status: "accepted",
          submittedAt: at("2025-03-21"),
        },
        { workItemId: item.id, departmentId: kjj, period: "2025-05", status: "draft" },
      ])
      .returning();
    await db.insert(indicatorReadings).values([
      { reportId: reports[0]!.id, indicatorId: withBase!.id, value: 110 },
      { reportId: reports[1]!.id, indicatorId: withBase!.id, value: 120 },
      { reportId: reports[2]!.id, indicatorId: withBase!.id, value: 999 },
    ]);
    const series = await indicatorSeries({ actor: (await actAs("kjj"))!, workItemId: item.id });
    expect(series.map((s) => s.name)).toEqual(["技术合同成交额", "无基数指标"]);
    const [trend, bare] = series;
    expect(trend!.trajectory).toEqual({ from: "2025-01-01", baseline: 100, to: "2025-12-31" });
    expect(trend!.span).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    // One reading for March (the accepted report's), none from the draft.
    expect(trend!.readings).toEqual([
      { period: "2025-03", on: "2025-03-31", value: 120, expected: Math.round((100 + (100 * 89) / 364) * 10) / 10 },
    ]);
    expect(bare!.trajectory).toBeNull();
    expect(bare!.readings).toEqual([]);
  });

  it("a liaison cannot read the leaders' charts", async () => {
    await expect(leaderCharts({ actor: (await actAs("kjj"))! })).rejects.toMatchObject({ code: "forbidden" });
  });
});
