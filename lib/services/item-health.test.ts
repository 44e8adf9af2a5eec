import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { today } from "@/lib/clock";
import { getItemHealth } from "./item-health";

describe("the item page's light", () => {
  beforeAll(setupTestDatabase);

  it("is red with the days overdue for a dispatched item past its due date, and absent before dispatch", async () => {
    const { plan, items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2020-01-31" },
        { lead: ["市科技局"], status: "draft", dueOn: "2020-01-31" },
      ],
    });
    const leader = (await actAs("leader"))!;
    const overdue = await getItemHealth({ actor: leader, planId: plan.id, workItemId: items[0]!.id, today: today() });
    expect(overdue?.health).toBe("red");
    expect(overdue?.daysOverdue).toBeGreaterThan(0);
    expect(overdue?.reasons.map((r) => r.code)).toContain("overdue");
    expect(
      await getItemHealth({ actor: leader, planId: plan.id, workItemId: items[1]!.id, today: today() }),
    ).toBeNull();
  });
});
