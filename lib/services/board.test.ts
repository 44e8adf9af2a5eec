import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, rowsOf } from "@/db";
import { plans, sections, supervisionNotices, users, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { readSeed } from "@/lib/plan-import/test-helpers";
import { actAs } from "@/lib/test/session";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { getBoard } from "./board";
import { dispatchWorkItems } from "./dispatch";
import { importPlanAsSystem } from "./plan-import";

// The clock reads APP_TODAY through lib/env on first use; set it before anything asks.
vi.hoisted(() => {
  process.env.APP_TODAY = "2026-01-05";
});

const NO_FILTERS = { missingReports: false } as const;

describe("overdue board", () => {
  beforeAll(setupTestDatabase);

  it("with the seed plan dispatched and today 2026-01-05, every open item is red by 5 days and per-department counts match SQL", async () => {
    const { planId } = await importPlanAsSystem(readSeed(), "seed.txt");
    const secretariat = (await actAs("secretariat"))!;
    const planSections = await db.select().from(sections).where(eq(sections.planId, planId));
    for (const title of ["主要任务", "重点工程"]) {
      const section = planSections.find((s) => s.title === title)!;
      // The seed plan ends 2025-12-31, before "today": the date is confirmed as the form asks.
      await dispatchWorkItems({
        actor: secretariat,
        sectionId: section.id,
        dueOn: "2025-12-31",
        confirmPastDue: true,
        reportingCycle: "monthly",
        reportDueDay: 25,
      });
    }
    const supervisor = (await actAs("supervisor"))!;
    const board = await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId } });

    expect(board.today).toBe("2026-01-05");
    expect(board.rows).toHaveLength(13);
    // Sections are offered for the chosen plan only (every plan has its 一、二、三…).
    expect(board.options.sections.map((s) => s.id).sort()).toEqual(
      planSections
        .filter((s) => ["主要任务", "重点工程"].includes(s.title))
        .map((s) => s.id)
        .sort(),
    );
    expect((await getBoard({ actor: supervisor, filters: NO_FILTERS })).options.sections).toEqual([]);
    for (const row of board.rows) {
      expect(row.health.health, `${row.code} ${row.title}`).toBe("red");
      expect(row.health.daysOverdue).toBe(5);
      expect(row.health.reasons[0]).toMatchObject({ code: "overdue", params: { days: 5, dueOn: "2025-12-31" } });
    }

    const raw = rowsOf<{ departmentId: number; n: number }>(
      await db.execute(sql`
        select a.department_id as "departmentId", count(*)::int as n
        from assignments a
        join work_items w on w.id = a.work_item_id
        join plans p on p.id = w.plan_id
        where w.plan_id = ${planId} and w.status = 'dispatched'
          and coalesce(w.due_on, p.period_end) < ${"2026-01-05"}
        group by a.department_id`),
    );
    const fromBoard = Object.fromEntries(board.counts.map((c) => [c.departmentId, c.red]));
    expect(fromBoard).toEqual(Object.fromEntries(raw.map((r) => [r.departmentId, r.n])));
    expect(board.counts.length).toBeGreaterThan(20);
  });

  it("sorts red first by days overdue, keeps completed items completed, and filters by department and health", async () => {
    const { items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2026-03-01" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-11-30" },
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-20" },
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-12-01" },
      ],
    });
    await db
      .update(workItems)
      .set({ status: "completed", completedAt: new Date("2025-12-10T04:00:00Z") })
      .where(eq(workItems.id, items[3]!.id));
    const [plan] = await db.select().from(plans).where(eq(plans.id, items[0]!.planId));
    const supervisor = (await actAs("supervisor"))!;
    const board = await getBoard({ actor: supervisor, filters: { ...NO_FILTERS, planId: plan!.id } });
    expect(board.rows.map((r) => [r.id, r.health.health, r.health.daysOverdue])).toEqual([
      [items[1]!.id, "red", 36],
      [items[2]!.id, "red", 16],
      [items[0]!.id, "green", 0],
      [items[3]!.id, "completed", 0],
    ]);

    const kjj = await departmentId("市科技局");
    const onlyKjjRed = await getBoard({
      actor: supervisor,
      filters: { ...NO_FILTERS, planId: plan!.id, departmentId: kjj, health: "red" },
    });
    expect(onlyKjjRed.rows.map((r) => r.id)).toEqual([items[2]!.id]);
    expect(onlyKjjRed.counts).toEqual([expect.objectContaining({ departmentName: "市科技局", red: 1, total: 1 })]);

    const support = await getBoard({
      actor: supervisor,
      filters: { ...NO_FILTERS, planId: plan!.id, departmentId: await departmentId("市商务局"), role: "support" },
    });
    expect(support.rows.map((r) => r.id)).toEqual([items[0]!.id]);

    const late = await getBoard({
      actor: supervisor,
      filters: { ...NO_FILTERS, planId: plan!.id, minDaysOverdue: 20 },
    });
    expect(late.rows.map((r) => r.id)).toEqual([items[1]!.id]);
  });

  it("an open notice past its response date turns an on-schedule item red", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: "2026-06-30" }],
    });
    const [supervisorRow] = await db.select().from(users).where(eq(users.username, "supervisor"));
    await db.insert(supervisionNotices).values({
      workItemId: items[0]!.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "请尽快报送进展",
      respondBy: "2026-01-02",
      issuedBy: supervisorRow!.id,
    });
    const board = await getBoard({
      actor: (await actAs("leader"))!,
      filters: { ...NO_FILTERS, planId: items[0]!.planId },
    });
    expect(board.rows[0]!.health).toMatchObject({
      health: "red",
      reasons: [{ code: "noticeOverdue", params: { days: 3 } }],
    });
  });

  it("a liaison only ever sees their own department's items, whatever the filter asks", async () => {
    const { items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched" },
        { lead: ["芙蓉区人民政府"], status: "dispatched" },
      ],
    });
    const kjj = (await actAs("kjj"))!;
    const board = await getBoard({
      actor: kjj,
      filters: { ...NO_FILTERS, planId: items[0]!.planId, departmentId: await departmentId("芙蓉区人民政府") },
    });
    expect(board.rows.map((r) => r.id)).toEqual([items[0]!.id]);
    expect(board.options.departments.map((d) => d.label)).toEqual(["市科技局"]);
  });
});
