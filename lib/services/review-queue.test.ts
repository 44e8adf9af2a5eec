import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { listUndispatched, UNDISPATCHED_PAGE_SIZE } from "./dispatch";
import { getReviewQueue, REVIEW_PAGE_SIZE } from "./inbox";

beforeAll(setupTestDatabase);

describe("审核 page queue", () => {
  it("lists an item dispatched to many departments once, with the departments that have not acknowledged it", async () => {
    const units = ["市科技局", "市商务局", "芙蓉区人民政府"];
    const { items } = await createTestPlan({
      items: [{ lead: [units[0]!], support: units.slice(1), status: "dispatched" }],
    });
    const queue = await getReviewQueue({ actor: (await actAs("secretariat"))! });
    const mine = queue.unacknowledged.filter((g) => g.itemId === items[0]!.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.departments.sort()).toEqual([...units].sort());
    expect(queue.pendingExtensions).toBeGreaterThanOrEqual(0);
  });

  it("pages the unacknowledged items and the 待交办 list, with totals counted over every page", async () => {
    const secretariat = (await actAs("secretariat"))!;
    const before = await getReviewQueue({ actor: secretariat });
    const beforePending = await listUndispatched({ actor: secretariat });
    const many = Math.max(REVIEW_PAGE_SIZE, UNDISPATCHED_PAGE_SIZE) + 3;
    await createTestPlan({
      items: Array.from({ length: many }, () => ({
        lead: ["市科技局"],
        support: ["市商务局"],
        status: "dispatched" as const,
      })),
    });
    await createTestPlan({ items: Array.from({ length: many }, () => ({ lead: ["市科技局"] })) });

    const first = await getReviewQueue({ actor: secretariat });
    expect(first.unacknowledgedItems).toBe(before.unacknowledgedItems + many);
    expect(first.unacknowledgedUnits).toBe(before.unacknowledgedUnits + 2 * many);
    expect(first.unacknowledged).toHaveLength(REVIEW_PAGE_SIZE);
    const pages = Math.ceil(first.unacknowledgedItems / REVIEW_PAGE_SIZE);
    const last = await getReviewQueue({ actor: secretariat, pages: { unacknowledged: pages } });
    expect(last.unacknowledged).toHaveLength(first.unacknowledgedItems - (pages - 1) * REVIEW_PAGE_SIZE);
    const seen = new Set<number>();
    for (let page = 1; page <= pages; page++) {
      const { unacknowledged } = await getReviewQueue({ actor: secretariat, pages: { unacknowledged: page } });
      for (const group of unacknowledged) {
        expect(seen.has(group.itemId), `item ${group.itemId} on two pages`).toBe(false);
        seen.add(group.itemId);
      }
    }
    expect(seen.size).toBe(first.unacknowledgedItems);

    const pending = await listUndispatched({ actor: secretariat });
    expect(pending.total).toBe(beforePending.total + many);
    expect(pending.groups.reduce((n, g) => n + g.items.length, 0)).toBe(UNDISPATCHED_PAGE_SIZE);
    const lastPending = await listUndispatched({
      actor: secretariat,
      page: Math.ceil(pending.total / UNDISPATCHED_PAGE_SIZE),
    });
    expect(lastPending.groups.reduce((n, g) => n + g.items.length, 0)).toBe(
      pending.total % UNDISPATCHED_PAGE_SIZE || UNDISPATCHED_PAGE_SIZE,
    );
  });
});
