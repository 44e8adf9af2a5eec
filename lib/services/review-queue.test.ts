import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { getReviewQueue } from "./inbox";

beforeAll(setupTestDatabase);

describe("审核 page queue", () => {
  it("lists an item dispatched to many departments once, with the departments that have not acknowledged it", async () => {
    const units = ["市科技局", "市商务局", "芙蓉区人民政府"];
    const { items } = await createTestPlan({ items: [{ lead: [units[0]!], support: units.slice(1), status: "dispatched" }] });
    const queue = await getReviewQueue({ actor: (await actAs("secretariat"))! });
    const mine = queue.unacknowledged.filter((g) => g.itemId === items[0]!.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.departments.sort()).toEqual([...units].sort());
    expect(queue.pendingExtensions).toBeGreaterThanOrEqual(0);
  });
});
