import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { assignments, auditEvents, departments } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { assignUnitsAction, dispatchAction } from "@/lib/actions/lifecycle";
import { createTestPlan, departmentId, getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";

vi.hoisted(() => {
  process.env.APP_TODAY = "2026-03-16";
});

const unitsOf = async (workItemId: number) =>
  db
    .select({ name: departments.name, role: assignments.role })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.workItemId, workItemId))
    .orderBy(asc(assignments.position));

describe("指定责任单位 before dispatch", () => {
  beforeAll(setupTestDatabase);

  it("gives a published item without units a lead and supporting units, audited, and then it can be dispatched", async () => {
    const item = (await createTestPlan({ items: [{ title: "保障措施:加强组织领导", lead: [] }] })).items[0]!;
    await actAs("secretariat");
    expect(
      await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "2026-06-30" }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining("请先指定责任单位"),
    });
    const [fgw, kjj, swj] = await Promise.all(["市发展改革委", "市科技局", "市商务局"].map(departmentId));
    const result = await assignUnitsAction({
      workItemId: item.id,
      version: item.version,
      leadDepartmentId: fgw!,
      // The lead chosen again as support, and a repeat, count once.
      supportDepartmentIds: [kjj!, fgw!, swj!, kjj!],
    });
    expect(result).toMatchObject({ ok: true, data: { unitsText: "市发展改革委、市科技局、市商务局" } });
    expect(await unitsOf(item.id)).toEqual([
      { name: "市发展改革委", role: "lead" },
      { name: "市科技局", role: "support" },
      { name: "市商务局", role: "support" },
    ]);
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.action, "item.assignUnits"));
    expect(audit).toMatchObject({
      workItemId: item.id,
      before: { units: [] },
      after: { units: ["市发展改革委", "市科技局", "市商务局"] },
    });
    const version = result.ok ? result.data.version : 0;
    expect(await dispatchAction({ items: [{ id: item.id, version }], dueOn: "2026-06-30" })).toMatchObject({
      ok: true,
    });
    expect((await getItems([item.id]))[0]).toMatchObject({
      status: "dispatched",
      unitsText: "市发展改革委、市科技局、市商务局",
    });
  });

  it("replaces the units of an undispatched item; refuses a stale form, a dispatched item, an inactive unit and other roles, changing nothing", async () => {
    const [item, sent] = (
      await createTestPlan({
        items: [
          { lead: ["市科技局"], support: ["市商务局"] },
          { lead: ["市科技局"], status: "dispatched" },
        ],
      })
    ).items;
    const swj = await departmentId("市商务局");
    await actAs("secretariat");
    const changed = await assignUnitsAction({
      workItemId: item!.id,
      version: item!.version,
      leadDepartmentId: swj,
      supportDepartmentIds: [],
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await unitsOf(item!.id)).toEqual([{ name: "市商务局", role: "lead" }]);

    // The version the form was opened with is gone: someone else saved first.
    expect(
      await assignUnitsAction({
        workItemId: item!.id,
        version: item!.version,
        leadDepartmentId: swj,
        supportDepartmentIds: [],
      }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(
      await assignUnitsAction({
        workItemId: sent!.id,
        version: sent!.version,
        leadDepartmentId: swj,
        supportDepartmentIds: [],
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining("已交办"),
    });
    const inDraft = (await createTestPlan({ status: "draft", items: [{ lead: [] }] })).items[0]!;
    expect(
      await assignUnitsAction({
        workItemId: inDraft.id,
        version: inDraft.version,
        leadDepartmentId: swj,
        supportDepartmentIds: [],
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining("计划草稿"),
    });
    const [inactive] = await db
      .insert(departments)
      .values({ name: "测试已撤销单位", kind: "municipal", isActive: false })
      .returning();
    const afterInsert = await snapshotData();
    const version = changed.ok ? changed.data.version : 0;
    expect(
      await assignUnitsAction({
        workItemId: item!.id,
        version,
        leadDepartmentId: swj,
        supportDepartmentIds: [inactive!.id],
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining("已停用"),
    });
    expect(
      await assignUnitsAction({ workItemId: item!.id, version, leadDepartmentId: "", supportDepartmentIds: [] }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { leadDepartmentId: ["请选择牵头单位"] },
    });
    expect(await snapshotData()).toEqual(afterInsert);
    for (const role of ["kjj", "supervisor", "leader"]) {
      await actAs(role);
      expect(
        await assignUnitsAction({ workItemId: item!.id, version, leadDepartmentId: swj, supportDepartmentIds: [] }),
      ).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await snapshotData()).toEqual(afterInsert);
  });
});
