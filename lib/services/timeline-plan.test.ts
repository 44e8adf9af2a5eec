import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { extensionRequests, users, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { monthTicks, scaleOf } from "@/components/timeline/geometry";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { recordAudit } from "./audit";
import { getPlanTimeline, readPlanTimeline } from "./timeline-plan";

vi.hoisted(() => {
  process.env.APP_TODAY = "2025-05-15";
});

/** A plan of three dispatched items: one extended, one overdue, one with its date changed by the secretariat. */
async function planWithBars() {
  const { plan, items } = await createTestPlan({
    items: [
      { lead: ["市科技局"], status: "dispatched", dueOn: "2025-03-31", acknowledged: true },
      { lead: ["市商务局"], status: "dispatched", dueOn: "2025-03-10" },
      { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2025-06-30" },
    ],
  });
  const [extended, overdue, changed] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
  await db
    .update(workItems)
    .set({ dispatchedAt: new Date("2025-01-05T02:00:00Z") })
    .where(
      inArray(
        workItems.id,
        items.map((i) => i.id),
      ),
    );
  await db.update(workItems).set({ reportingCycle: "quarterly" }).where(eq(workItems.id, overdue.id));
  const [liaison] = await db.select({ id: users.id }).from(users).where(eq(users.username, "kjj"));
  await db.insert(extensionRequests).values({
    workItemId: extended.id,
    departmentId: await departmentId("市科技局"),
    currentDueOn: "2025-03-31",
    requestedDueOn: "2025-04-30",
    reason: "设备采购周期",
    status: "approved",
    requestedBy: liaison!.id,
    decidedAt: new Date(),
  });
  await db.update(workItems).set({ dueOn: "2025-04-30" }).where(eq(workItems.id, extended.id));
  await db.update(workItems).set({ dueOn: "2025-07-31" }).where(eq(workItems.id, changed.id));
  await recordAudit(db, {
    actor: null,
    action: "item.changeDue",
    entityType: "work_item",
    entityId: changed.id,
    workItemId: changed.id,
    before: { dueOn: "2025-06-30" },
    after: { dueOn: "2025-07-31", reason: "调整" },
  });
  return { plan, extended, overdue, changed };
}

describe("挂图作战 plan timeline", () => {
  beforeAll(setupTestDatabase);

  it("draws each dispatched item from its dispatch day to its due day; an extended item keeps its first date beside the new one", async () => {
    const { plan, extended, overdue, changed } = await planWithBars();
    const timeline = await readPlanTimeline({ planId: plan.id });
    const bar = (id: number) => timeline.rows.find((r) => r.id === id)!;

    expect(timeline.total).toBe(3);
    expect(timeline.today).toBe("2025-05-15");
    expect(bar(extended.id)).toMatchObject({
      startOn: "2025-01-05",
      endOn: "2025-04-30",
      originalDueOn: "2025-03-31",
      dueChange: "extended",
      leadName: "市科技局",
    });
    // A date the secretariat moved without a request is told apart from an extension.
    expect(bar(changed.id)).toMatchObject({ originalDueOn: "2025-06-30", endOn: "2025-07-31", dueChange: "changed" });
    expect(bar(overdue.id)).toMatchObject({ originalDueOn: null, dueChange: null, health: "red" });

    // Report days as ticks: monthly on the 25th through the new due date; quarterly at the quarter's end month.
    expect(bar(extended.id).reportTicks).toEqual(["2025-01-25", "2025-02-25", "2025-03-25", "2025-04-25"]);
    expect(bar(overdue.id).reportTicks).toEqual([]);
    expect(bar(changed.id).reportTicks.at(-1)).toBe("2025-07-25");

    // The axis spans the first dispatch to the last due day, today inside it.
    expect(timeline.range).toEqual({ start: "2025-01-05", end: "2025-07-31" });
    expect(timeline.sections).toHaveLength(1);
    // Colours are the stored lights (here the missed reports make all three red), counted per section.
    expect(timeline.sections[0]).toMatchObject({
      total: 3,
      red: timeline.rows.filter((r) => r.health === "red").length,
    });
    expect(timeline.sections[0]!.rows.map((r) => r.id)).toEqual([extended.id, overdue.id, changed.id]);
  });

  it("filters by department on the server, pages the rows with the full count, and puts the worst first on request", async () => {
    const { plan, overdue, changed } = await planWithBars();
    const swj = await departmentId("市商务局");
    const filtered = await readPlanTimeline({ planId: plan.id, filters: { departmentId: swj } });
    expect(filtered.rows.map((r) => r.id)).toEqual([overdue.id, changed.id]);

    const paged = await readPlanTimeline({ planId: plan.id, pageSize: 2, page: 2 });
    expect(paged).toMatchObject({ total: 3, pages: 2, page: 2 });
    expect(paged.rows.map((r) => r.id)).toEqual([changed.id]);

    const urgent = await readPlanTimeline({ planId: plan.id, order: "urgent", pageSize: 1 });
    expect(urgent.rows.map((r) => r.id)).toEqual([overdue.id]);
  });

  it("is for readers of the board: a leader may read it, a liaison may not", async () => {
    const { plan } = await planWithBars();
    const leader = (await actAs("leader"))!;
    const read = await getPlanTimeline({ actor: leader, planId: plan.id });
    expect(read.options.departments.map((d) => d.name)).toEqual(expect.arrayContaining(["市科技局", "市商务局"]));
    const liaison = (await actAs("kjj"))!;
    await expect(getPlanTimeline({ actor: liaison, planId: plan.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getPlanTimeline({ actor: leader, planId: 2_000_000_000 })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("places the bars on the calendar: month ticks inside the span, dates left to right, quarters when it is long", () => {
    const range = { start: "2025-01-05", end: "2025-07-31" };
    expect(monthTicks(range)).toEqual([
      "2025-02-01",
      "2025-03-01",
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
    ]);
    expect(monthTicks({ start: "2023-08-01", end: "2026-03-31" }).slice(0, 2)).toEqual(["2023-10-01", "2024-01-01"]);
    const x = scaleOf(range, 100, 1100);
    expect(x(range.start)).toBe(100);
    expect(x(range.end)).toBe(1100);
    // The first date of an extended item sits between its dispatch and its new due date.
    expect(x("2025-03-31")).toBeGreaterThan(x("2025-01-05"));
    expect(x("2025-03-31")).toBeLessThan(x("2025-04-30"));
    // A date outside the span is drawn at its edge.
    expect(x("2024-12-01")).toBe(100);
  });
});
