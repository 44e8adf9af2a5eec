import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { progressReports } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { itemReportsPage } from "./reports";

describe("the item page's reports at years of monthly reporting", () => {
  beforeAll(setupTestDatabase);

  it("shows the newest up to the limit and every one awaiting review, in period order, with the total", async () => {
    const item = (
      await createTestPlan({ items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }] })
    ).items[0]!;
    const [kjj, swj] = [await departmentId("市科技局"), await departmentId("市商务局")];
    const months = Array.from({ length: 15 }, (_, i) => `2023-${String((i % 12) + 1).padStart(2, "0")}`).map((m, i) =>
      i < 12 ? m : `2024-${m.slice(5)}`,
    );
    await db.insert(progressReports).values(
      months.flatMap((period) =>
        [kjj, swj].map((departmentId) => ({
          workItemId: item.id,
          departmentId,
          period,
          // The oldest report of 市商务局 still awaits review; everything else is accepted.
          status: (period === "2023-01" && departmentId === swj ? "submitted" : "accepted") as "submitted" | "accepted",
          percent: 10,
          narrative: `${period} 进展`,
          submittedAt: new Date(`${period}-20T02:00:00Z`),
        })),
      ),
    );
    const secretariat = (await actAs("secretariat"))!;
    const page = await itemReportsPage({ actor: secretariat, workItemId: item.id, limit: 6 });
    expect(page.total).toBe(30);
    expect(page.waiting).toBe(1);
    expect(page.reports).toHaveLength(6);
    expect(page.reports.map((r) => r.period)).toEqual([
      "2024-03",
      "2024-03",
      "2024-02",
      "2024-02",
      "2024-01",
      "2023-01",
    ]);
    expect(page.reports.at(-1)).toMatchObject({ status: "submitted", departmentName: "市商务局" });
    const all = await itemReportsPage({ actor: secretariat, workItemId: item.id, limit: Number.POSITIVE_INFINITY });
    expect(all.reports).toHaveLength(30);
  });
});
