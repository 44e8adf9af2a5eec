import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { extensionRequests, itemHealthHistory, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { decideExtensionAction } from "@/lib/actions/requests";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { rankingOptionsSchema } from "@/lib/validations/board";
import { getBoard } from "./board";
import { checkHealthDrift } from "./health-drift";
import { ensureHealthFresh } from "./health-store";
import { userId } from "./lifecycle.test-helpers";
import { getRanking } from "./ranking";
import { listRequestQueue } from "./requests";
import { departmentScores } from "./scores";
import { getPlanTimeline } from "./timeline-plan";
import { generateBulletin } from "./bulletins";
import type { BulletinContent } from "@/lib/bulletins/content";

// The clock reads APP_TODAY through lib/env on first use; set it before anything asks.
vi.hoisted(() => {
  process.env.APP_TODAY = "2026-03-16";
});
const TODAY = "2026-03-16";
const YESTERDAY = "2026-03-15";
const NO_FILTERS = { missingReports: false } as const;

async function historyOf(workItemId: number) {
  return db
    .select()
    .from(itemHealthHistory)
    .where(eq(itemHealthHistory.workItemId, workItemId))
    .orderBy(asc(itemHealthHistory.validFrom));
}

describe("the board as of a past day", () => {
  beforeAll(setupTestDatabase);

  /** An item five days overdue yesterday, whose extension to 6月30日 the secretariat approved today. */
  let item: { id: number };
  let planId: number;
  let supervisor: NonNullable<Awaited<ReturnType<typeof actAs>>>;
  let kjj: number;
  beforeAll(async () => {
    const { plan, items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", acknowledged: true, dueOn: "2026-03-10" },
      ],
    });
    item = items[0]!;
    planId = plan.id;
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2026-03-05T09:00:00+08:00") })
      .where(eq(workItems.id, item.id));
    // Yesterday's daily job: the item was five days overdue.
    await ensureHealthFresh(YESTERDAY);

    // The lead asked on 3月8日, before the deadline (the form refuses a request once it has passed);
    // the secretariat decides today.
    await db.insert(extensionRequests).values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      currentDueOn: "2026-03-10",
      requestedDueOn: "2026-06-30",
      reason: "配套资金尚未到位",
      requestedBy: await userId("kjj"),
      createdAt: new Date("2026-03-08T10:00:00+08:00"),
    });
    const secretariat = (await actAs("secretariat"))!;
    const queued = (await listRequestQueue({ actor: secretariat })).extensions.find((r) => r.workItemId === item.id)!;
    const decided = await decideExtensionAction({
      requestId: queued.request.id,
      version: queued.request.version,
      decision: "approve",
    });
    expect(decided.ok).toBe(true);
    const [now] = await db.select().from(workItems).where(eq(workItems.id, item.id));
    expect(now!.dueOn).toBe("2026-06-30");

    supervisor = (await actAs("supervisor"))!;
    kjj = await departmentId("市科技局");
  });

  it("after an extension is approved, the board as of the day before shows the old deadline and the red light it had then", async () => {
    const live = await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId } });
    expect(live.asOf).toBeNull();
    expect(live.rows.find((r) => r.id === item.id)).toMatchObject({ dueOn: "2026-06-30" });
    expect(live.rows.find((r) => r.id === item.id)!.health.health).not.toBe("red");

    const then = await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId, asOf: YESTERDAY } });
    expect(then.asOf).toBe(YESTERDAY);
    expect(then.total).toBe(1);
    expect(then.rows[0]).toMatchObject({ id: item.id, dueOn: "2026-03-10" });
    expect(then.rows[0]!.health).toMatchObject({ health: "red", daysOverdue: 5 });
    expect(then.counts.find((c) => c.departmentName === "市科技局")).toMatchObject({ red: 1, total: 1 });

    expect((await historyOf(item.id)).map((h) => [h.validFrom, h.validTo, h.health, h.dueOn])).toEqual([
      [YESTERDAY, TODAY, "red", "2026-03-10"],
      [TODAY, null, expect.not.stringMatching(/^red$/), "2026-06-30"],
    ]);
  });

  it("the ranking as of yesterday counts the lead's overdue item; today's does not", async () => {
    const rankingAt = async (asOf?: string) =>
      (
        await getRanking({
          actor: supervisor,
          options: rankingOptionsSchema.parse({ planId: String(planId), asOf }),
        })
      ).rows.find((r) => r.departmentId === kjj);
    expect(await rankingAt(YESTERDAY)).toMatchObject({ led: 1, overdue: 1, avgDaysLate: 5 });
    expect(await rankingAt()).toMatchObject({ led: 1, overdue: 0, avgDaysLate: null });
  });

  it("the March score as of yesterday deducts the five overdue days; today's has none left", async () => {
    const overdueLine = async (day: string) =>
      (await departmentScores({ actor: supervisor, period: "2026-03", planId, today: day })).rows
        .find((r) => r.departmentId === kjj)!
        .breakdown.find((l) => l.rule === "overdue")!;
    expect((await overdueLine(YESTERDAY)).points).toBeLessThan(0);
    expect((await overdueLine(YESTERDAY)).params).toMatchObject({ days: 5 });
    expect((await overdueLine(TODAY)).points).toBe(0);
  });

  it("the timeline as of yesterday draws the bar to the old date, red, not yet extended; today's shows both dates", async () => {
    const barAt = async (asOf?: string) =>
      (await getPlanTimeline({ actor: supervisor, planId, filters: { asOf } })).rows.find((r) => r.id === item.id);
    expect(await barAt(YESTERDAY)).toMatchObject({
      endOn: "2026-03-10",
      health: "red",
      originalDueOn: null,
      dueChange: null,
    });
    expect((await getPlanTimeline({ actor: supervisor, planId, filters: { asOf: YESTERDAY } })).today).toBe(YESTERDAY);
    expect(await barAt()).toMatchObject({ endOn: "2026-06-30", originalDueOn: "2026-03-10", dueChange: "extended" });
  });

  it("shows nothing before the history begins, and today's board for today", async () => {
    const before = await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId, asOf: "2026-03-14" } });
    expect(before.total).toBe(0);
    // "As of" today (or later) is today's board.
    expect((await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId, asOf: TODAY } })).asOf).toBeNull();
  });

  it("keeps one row per day: a second change the same day rewrites it, an unchanged day adds nothing", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2026-12-31" }],
    });
    const item = items[0]!;
    await ensureHealthFresh(TODAY);
    await ensureHealthFresh(TODAY);
    expect(await historyOf(item.id)).toHaveLength(1);
    await db.update(workItems).set({ dueOn: "2026-03-01" }).where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    await db.update(workItems).set({ dueOn: "2026-03-05" }).where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    const rows = await historyOf(item.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ validFrom: TODAY, validTo: null, health: "red", dueOn: "2026-03-05" });

    // The drift check compares the open rows with the stored lights, and finds one changed behind its back.
    expect((await checkHealthDrift({ today: TODAY })).drift).toEqual([]);
    await db
      .update(itemHealthHistory)
      .set({ health: "green" })
      .where(and(eq(itemHealthHistory.workItemId, item.id), isNull(itemHealthHistory.validTo)));
    expect((await checkHealthDrift({ today: TODAY })).drift).toEqual([
      { workItemId: item.id, field: "history", stored: "differs", computed: null },
    ]);
    await db
      .update(itemHealthHistory)
      .set({ health: "red" })
      .where(and(eq(itemHealthHistory.workItemId, item.id), isNull(itemHealthHistory.validTo)));

    // Withdrawn the same day it began: the item was not tracked at the end of any day.
    await db.update(workItems).set({ status: "draft", dispatchedAt: null }).where(eq(workItems.id, item.id));
    await ensureHealthFresh(TODAY);
    expect(await historyOf(item.id)).toEqual([]);
  });

  // Last: it computes every light for a day in February, so the history now begins there.
  it("a 督查通报 for a month already over reports the red items as they stood on its last day", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", acknowledged: true, dueOn: "2026-02-20" }],
    });
    const late = items[0]!;
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2026-02-02T09:00:00+08:00") })
      .where(eq(workItems.id, late.id));
    await ensureHealthFresh("2026-02-28");
    // Since then its date was moved: today it is not overdue.
    await db.update(workItems).set({ dueOn: "2026-06-30" }).where(eq(workItems.id, late.id));
    await ensureHealthFresh(TODAY);

    const bulletin = await generateBulletin({ actor: (await actAs("secretariat"))!, period: "2026-02" });
    expect(bulletin.snapshotOn).toBe("2026-02-28");
    const content = bulletin.content as unknown as BulletinContent;
    expect(content.redItems.find((r) => r.title === late.title)).toMatchObject({ dueOn: "2026-02-20", daysOverdue: 8 });
  });
});
