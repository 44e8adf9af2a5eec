import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { addSubItemAction, dispatchAction } from "@/lib/actions/lifecycle";
import { createTestPlan, departmentId, getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";

beforeAll(setupTestDatabase);

describe("dispatch due dates", () => {
  it("gives the chosen date to the items picked; sub-items keep the dates set when the item was decomposed", async () => {
    const parent = (await createTestPlan({ items: [{ lead: ["市科技局"], dueOn: "2025-12-31" }] })).items[0]!;
    await actAs("secretariat");
    const lead = await departmentId("市科技局");
    const first = await addSubItemAction({
      parentId: parent.id,
      parentVersion: parent.version,
      title: "一季度子任务",
      leadDepartmentId: lead,
      dueOn: "2025-03-31",
    });
    expect(first.ok).toBe(true);
    const second = await addSubItemAction({
      parentId: parent.id,
      parentVersion: first.ok ? first.data.parentVersion : 0,
      title: "二季度子任务",
      leadDepartmentId: lead,
      dueOn: "2025-06-15",
    });
    expect(second.ok).toBe(true);
    const [p] = await getItems([parent.id]);
    expect(
      (
        await dispatchAction({
          items: [{ id: parent.id, version: p!.version }],
          dueOn: "2025-09-30",
          confirmPastDue: true,
          reportingCycle: "monthly",
          reportDueDay: 25,
        })
      ).ok,
    ).toBe(true);
    const rows = await getItems([parent.id, first.ok ? first.data.id : 0, second.ok ? second.data.id : 0]);
    expect(rows.map((r) => [r.title, r.status, r.dueOn])).toEqual([
      [p!.title, "dispatched", "2025-09-30"],
      ["一季度子任务", "dispatched", "2025-03-31"],
      ["二季度子任务", "dispatched", "2025-06-15"],
    ]);
  });
});
