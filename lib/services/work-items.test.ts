import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { addSubItemAction } from "@/lib/actions/lifecycle";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getWorkItemDetail } from "./work-items";

describe("the work item page's data", () => {
  beforeAll(setupTestDatabase);

  it("shows an item of a published plan to every role, lead first", async () => {
    const { items } = await createTestPlan({ items: [{ support: ["市商务局"], lead: ["市科技局"] }] });
    for (const who of ["leader", "supervisor", "furong"]) {
      const detail = await getWorkItemDetail({ actor: (await actAs(who))!, id: items[0]!.id });
      expect(detail.assignments.map((a) => [a.departmentName, a.role])).toEqual([
        ["市科技局", "lead"],
        ["市商务局", "support"],
      ]);
    }
  });

  it("hides items of a draft plan from everyone but those who edit plans", async () => {
    const { items } = await createTestPlan({ status: "draft" });
    for (const who of ["leader", "supervisor", "kjj"]) {
      await expect(getWorkItemDetail({ actor: (await actAs(who))!, id: items[0]!.id })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    const detail = await getWorkItemDetail({ actor: (await actAs("secretariat"))!, id: items[0]!.id });
    expect(detail.plan.status).toBe("draft");
  });

  it("names a sub-item's parent, and lists the parent's sub-items", async () => {
    const parent = (await createTestPlan()).items[0]!;
    await actAs("secretariat");
    const added = await addSubItemAction({
      parentId: parent.id,
      parentVersion: parent.version,
      title: "分解任务",
      leadDepartmentId: await departmentId("市科技局"),
    });
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const top = await getWorkItemDetail({ actor: (await actAs("supervisor"))!, id: parent.id });
    expect(top.parent).toBeNull();
    expect(top.children.map((c) => c.title)).toEqual(["分解任务"]);
    const sub = await getWorkItemDetail({ actor: (await actAs("supervisor"))!, id: top.children[0]!.id });
    expect(sub.parent).toEqual({ id: parent.id, code: parent.code, title: parent.title });
    expect(sub.children).toEqual([]);
  });
});
