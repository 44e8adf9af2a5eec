import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getPlanTree, getResponsibilityMatrix, listPlans, PLAN_TREE_INLINE_ITEMS } from "./plans";

describe("plan views", () => {
  beforeAll(setupTestDatabase);

  it("shows a published plan as section → item with lead and supporting units to a liaison", async () => {
    const { plan, items } = await createTestPlan({
      items: [{ lead: ["市科技局"], support: ["市商务局"], dueOn: "2025-06-30" }],
    });
    const kjj = (await actAs("kjj"))!;
    expect((await listPlans({ actor: kjj })).map((p) => p.id)).toContain(plan.id);
    const tree = await getPlanTree({ actor: kjj, planId: plan.id });
    const [item] = tree.sections[0]!.items;
    expect(item).toMatchObject({ id: items[0]!.id, dueOn: "2025-06-30" });
    expect(item!.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:市科技局", "support:市商务局"]);
  });

  it("opens a long plan one section at a time, with every section's item count", async () => {
    const { plan } = await createTestPlan({
      items: Array.from({ length: PLAN_TREE_INLINE_ITEMS + 1 }, () => ({ lead: ["市科技局"] })),
    });
    const kjj = (await actAs("kjj"))!;
    const closed = await getPlanTree({ actor: kjj, planId: plan.id });
    expect(closed.sections[0]).toMatchObject({ itemCount: PLAN_TREE_INLINE_ITEMS + 1, loaded: false, items: [] });
    const open = await getPlanTree({ actor: kjj, planId: plan.id, sectionId: closed.sections[0]!.id });
    expect(open.sections[0]!.loaded).toBe(true);
    expect(open.sections[0]!.items).toHaveLength(PLAN_TREE_INLINE_ITEMS + 1);
    expect(open.sections[0]!.items[0]!.units.map((u) => u.name)).toEqual(["市科技局"]);
  });

  it("keeps draft plans to the secretariat", async () => {
    const { plan } = await createTestPlan({ status: "draft" });
    const kjj = (await actAs("kjj"))!;
    expect((await listPlans({ actor: kjj })).map((p) => p.id)).not.toContain(plan.id);
    await expect(getPlanTree({ actor: kjj, planId: plan.id })).rejects.toMatchObject({ code: "not_found" });
    const secretariat = (await actAs("secretariat"))!;
    expect((await listPlans({ actor: secretariat })).map((p) => p.id)).toContain(plan.id);
  });

  it("filters the responsibility matrix to one department's items, with 牵/配 cells", async () => {
    const { plan } = await createTestPlan({
      items: [
        { title: "科技局牵头的任务", lead: ["市科技局"], support: ["市商务局"] },
        { title: "商务局独办的任务", lead: ["市商务局"] },
      ],
    });
    const leader = (await actAs("leader"))!;
    const all = await getResponsibilityMatrix({ actor: leader, planId: plan.id });
    expect(all.rows).toHaveLength(2);
    const kjjId = all.departmentOptions.find((d) => d.name === "市科技局")!.id;
    const filtered = await getResponsibilityMatrix({ actor: leader, planId: plan.id, departmentId: kjjId });
    expect(filtered.rows.map((r) => r.title)).toEqual(["科技局牵头的任务"]);
    expect(filtered.rows[0]!.cells[kjjId]).toBe("lead");
  });
});
