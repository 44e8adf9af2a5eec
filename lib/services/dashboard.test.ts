import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { assignments, indicatorReadings, indicators, progressReports, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getLeaderHome, getLiaisonHome, getSecretariatHome, getSupervisorHome } from "./dashboard";
import { getInbox, inboxCounts } from "./inbox";

vi.hoisted(() => {
  process.env.APP_TODAY = "2025-12-10";
});

describe("role home pages", () => {
  beforeAll(setupTestDatabase);

  it("a liaison sees their department's queues and what is due next; other roles see theirs", async () => {
    const { items, section } = await createTestPlan({
      items: [
        { title: "逾期任务", lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-01" },
        { title: "即将到期", lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2025-12-20" },
        {
          title: "远期任务",
          lead: ["市科技局"],
          status: "dispatched",
          dueOn: "2026-12-31",
          indicators: [{ name: "技术合同成交额", comparator: ">=", targetValue: 100, unit: "亿元" }],
        },
      ],
    });
    const kjjId = await departmentId("市科技局");
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2025-11-01T02:00:00Z"), reportingCycle: "none" })
      .where(eq(workItems.sectionId, section.id));
    await db.update(assignments).set({ acknowledgedAt: new Date() }).where(eq(assignments.workItemId, items[0]!.id));
    await db.insert(progressReports).values({
      workItemId: items[2]!.id,
      departmentId: kjjId,
      period: "2025-11",
      status: "returned",
      percent: 10,
      submittedAt: new Date("2025-11-20T02:00:00Z"),
    });
    const [ind] = await db.select().from(indicators).where(eq(indicators.workItemId, items[2]!.id));
    const [accepted] = await db
      .insert(progressReports)
      .values({
        workItemId: items[2]!.id,
        departmentId: kjjId,
        period: "2025-10",
        status: "accepted",
        percent: 10,
        submittedAt: new Date("2025-10-20T02:00:00Z"),
      })
      .returning();
    await db.insert(indicatorReadings).values({ reportId: accepted!.id, indicatorId: ind!.id, value: 120 });

    const liaison = await getLiaisonHome({ actor: (await actAs("kjj"))! });
    expect(liaison.counts).toMatchObject({ unacknowledged: 2, returned: 1, dueSoon: 1, overdue: 1 });
    // The home page's counts are the inbox tabs' counts, computed by the same code.
    expect(liaison.counts).toEqual(inboxCounts(await getInbox({ actor: (await actAs("kjj"))! })));
    expect(liaison.nextDue.map((i) => i.title).slice(0, 3)).toContain("即将到期");

    const secretariat = await getSecretariatHome({ actor: (await actAs("secretariat"))! });
    expect(
      secretariat.unacknowledged
        .filter((u) => u.itemId === items[1]!.id)
        .map((u) => u.departmentName)
        .sort(),
    ).toEqual(["市商务局", "市科技局"].sort());

    const supervisor = await getSupervisorHome({ actor: (await actAs("supervisor"))! });
    expect(supervisor.red.map((r) => r.title)).toContain("逾期任务");

    const leader = await getLeaderHome({ actor: (await actAs("leader"))! });
    const mySection = leader.bySection.find((s) => s.id === section.id)!;
    expect(mySection.counts).toMatchObject({ red: 1, total: 3 });
    expect(leader.indicators.attained).toBeGreaterThanOrEqual(1);
  });

  it("a leader's home lists the ten sections most in trouble, worst first, and says how many there are", async () => {
    const overdue = { lead: ["市科技局"], status: "dispatched" as const, dueOn: "2025-12-01" };
    const worst = await createTestPlan({ items: [overdue, overdue, overdue] });
    for (let i = 0; i < 11; i++) await createTestPlan({ items: [overdue] });
    const leader = await getLeaderHome({ actor: (await actAs("leader"))! });
    expect(leader.bySection).toHaveLength(10);
    expect(leader.bySection[0]).toMatchObject({ id: worst.section.id, counts: { red: 3, total: 3 } });
    const reds = leader.bySection.map((s) => s.counts.red);
    expect(reds).toEqual([...reds].sort((a, b) => b - a));
    expect(leader.sectionTotal).toBeGreaterThanOrEqual(13);
  });

  it("queues belong to their roles: a leader cannot open the secretariat's", async () => {
    await expect(getSecretariatHome({ actor: (await actAs("leader"))! })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLiaisonHome({ actor: (await actAs("supervisor"))! })).rejects.toMatchObject({ code: "forbidden" });
  });
});
