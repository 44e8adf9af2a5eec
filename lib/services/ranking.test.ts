import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { progressReports, supervisionNotices, users, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { rankingOptionsSchema } from "@/lib/validations/board";
import { getRanking } from "./ranking";
import { departmentScores } from "./scores";

vi.hoisted(() => {
  process.env.APP_TODAY = "2025-07-01";
});

async function scenario() {
  const { plan, items } = await createTestPlan({
    items: [
      { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
      { lead: ["市科技局"], status: "dispatched", dueOn: "2025-06-21" },
    ],
  });
  await db
    .update(workItems)
    .set({ dispatchedAt: new Date("2025-01-05T02:00:00Z") })
    .where(eq(workItems.planId, plan.id));
  const kjj = await departmentId("市科技局");
  const swj = await departmentId("市商务局");
  const report = (period: string, submittedAt: string, departmentId = kjj) => ({
    workItemId: items[0]!.id,
    departmentId,
    period,
    status: "accepted" as const,
    percent: 40,
    submittedAt: new Date(submittedAt),
  });
  await db.insert(progressReports).values([
    report("2025-01", "2025-01-20T03:00:00Z"),
    // Filed at 00:30 Beijing time on the 26th: one day late, although still the 25th in UTC.
    report("2025-02", "2025-02-25T16:30:00Z"),
    report("2025-03", "2025-03-25T09:00:00Z", swj),
  ]);
  const [supervisor] = await db.select().from(users).where(eq(users.username, "supervisor"));
  await db.insert(supervisionNotices).values({
    workItemId: items[1]!.id,
    departmentId: kjj,
    level: "urge",
    reason: "请说明",
    respondBy: "2025-07-10",
    issuedBy: supervisor!.id,
  });
  return { plan, kjj, swj };
}

describe("department ranking (通报)", () => {
  beforeAll(setupTestDatabase);

  it("counts items led and supported, on-time reports by China date, overdue items, open notices and days late", async () => {
    const { plan, kjj, swj } = await scenario();
    const ranking = await getRanking({
      actor: (await actAs("leader"))!,
      options: rankingOptionsSchema.parse({ planId: String(plan.id) }),
    });
    expect(ranking).toMatchObject({ from: "2024-01-01", to: "2025-07-01" });
    const byId = Object.fromEntries(ranking.rows.map((r) => [r.departmentId, r]));
    // 市科技局: item 1 owes Jan–Jun (6), item 2 owes Jan–May (its June report falls after its 06-21 deadline).
    expect(byId[kjj]).toMatchObject({
      led: 2,
      supported: 0,
      reportsDue: 11,
      reportsOnTime: 1,
      onTimeRate: 9.1,
      overdue: 1,
      openNotices: 1,
      avgDaysLate: 10,
    });
    expect(byId[swj]).toMatchObject({
      led: 0,
      supported: 1,
      reportsDue: 6,
      reportsOnTime: 1,
      onTimeRate: 16.7,
      overdue: 0,
      openNotices: 0,
      avgDaysLate: null,
    });
    expect(ranking.rows[0]!.departmentId).toBe(kjj);
  });

  it("narrows to the period asked for and sorts by the chosen column", async () => {
    const { plan, kjj, swj } = await scenario();
    const ranking = await getRanking({
      actor: (await actAs("supervisor"))!,
      options: rankingOptionsSchema.parse({
        planId: String(plan.id),
        from: "2025-03-01",
        to: "2025-03-31",
        sort: "onTimeRate",
        dir: "desc",
      }),
    });
    expect(ranking.rows.map((r) => [r.departmentId, r.reportsDue, r.onTimeRate])).toEqual([
      [swj, 1, 100],
      [kjj, 2, 0],
    ]);
  });

  it("carries each unit's 量化考核 score for the quarter it ends in, the same as the score page, and sorts by it", async () => {
    const { plan, kjj, swj } = await scenario();
    const supervisor = (await actAs("supervisor"))!;
    const options = { planId: String(plan.id), to: "2025-06-30", sort: "score" };
    const best = await getRanking({
      actor: supervisor,
      options: rankingOptionsSchema.parse({ ...options, dir: "desc" }),
    });
    expect(best.scorePeriod).toBe("2025-Q2");
    const scores = await departmentScores({
      actor: supervisor,
      period: "2025-Q2",
      planId: plan.id,
      today: "2025-07-01",
    });
    const scoreOf = (id: number) => scores.rows.find((r) => r.departmentId === id)!.score;
    // 市科技局 leads the item overdue since 06-21 and has missed its reports: it scores lower.
    expect(scoreOf(kjj)).toBeLessThan(scoreOf(swj));
    expect(best.rows.map((r) => [r.departmentId, r.score])).toEqual([
      [swj, scoreOf(swj)],
      [kjj, scoreOf(kjj)],
    ]);
    const worst = await getRanking({
      actor: supervisor,
      options: rankingOptionsSchema.parse({ ...options, dir: "asc" }),
    });
    expect(worst.rows.map((r) => r.departmentId)).toEqual([kjj, swj]);
  });

  it("a liaison sees only their own department's row, without the city-wide score", async () => {
    const { plan, swj } = await scenario();
    const ranking = await getRanking({
      actor: (await actAs("swj"))!,
      options: rankingOptionsSchema.parse({ planId: String(plan.id) }),
    });
    expect(ranking.rows.map((r) => [r.departmentId, r.score])).toEqual([[swj, null]]);
  });
});
