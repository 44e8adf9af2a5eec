import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
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
});
