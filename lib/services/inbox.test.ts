import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getInbox } from "./inbox";

beforeAll(setupTestDatabase);

describe("inbox (我的任务) due dates", () => {
  it("puts an item without its own date under 已逾期 / 即将到期 by the plan period's end, like the red light, but never an ongoing one", async () => {
    const ended = await createTestPlan({
      periodEnd: "2024-02-29",
      items: [{ title: "计划期已过任务", lead: ["市科技局"], status: "dispatched", dueOn: null }],
    });
    const ending = await createTestPlan({
      periodEnd: "2024-03-25",
      items: [
        { title: "计划期将满任务", lead: ["市科技局"], status: "dispatched", dueOn: null },
        { title: "长期坚持任务", lead: ["市科技局"], status: "dispatched", dueOn: null },
      ],
    });
    await db.update(workItems).set({ ongoing: true }).where(eq(workItems.id, ending.items[1]!.id));
    const inbox = await getInbox({ actor: (await actAs("kjj"))!, on: "2024-03-15" });
    const ids = new Set([...ended.items, ...ending.items].map((i) => i.id));
    const tab = (name: "overdue" | "dueSoon") =>
      inbox[name].filter((r) => ids.has(r.itemId)).map((r) => [r.title, r.dueOn]);
    expect(tab("overdue")).toEqual([["计划期已过任务", "2024-02-29"]]);
    expect(tab("dueSoon")).toEqual([["计划期将满任务", "2024-03-25"]]);
  });
});
