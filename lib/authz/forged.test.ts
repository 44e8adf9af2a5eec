import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { setUserActiveAction, updateUserAction } from "@/lib/actions/admin";
import { acknowledgeAction, dispatchAction } from "@/lib/actions/lifecycle";
import { editDraftItemAction } from "@/lib/actions/plans";
import { saveReportAction } from "@/lib/actions/reports";
import { requestCompletionAction } from "@/lib/actions/requests";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";

/**
 * Requests a page would never offer, posted straight to the server actions. Each must be
 * refused as forbidden and leave every row as it was.
 */
async function expectRefused(call: () => Promise<{ ok: boolean; code?: string }>) {
  const before = await snapshotData();
  const result = await call();
  expect(result).toMatchObject({ ok: false, code: "forbidden" });
  expect(await snapshotData()).toEqual(before);
}

describe("forged requests are refused and change nothing", () => {
  beforeAll(setupTestDatabase);

  it("a 市科技局 liaison posting a report for an item assigned only to 市商务局", async () => {
    const { items } = await createTestPlan({ items: [{ lead: ["市商务局"], status: "dispatched" }] });
    await actAs("kjj");
    await expectRefused(() =>
      saveReportAction({
        workItemId: items[0]!.id,
        period: "2025-03",
        intent: "submit",
        progressStatus: "in_progress",
        percent: 50,
        narrative: "冒充商务局填报的进展",
      }),
    );
    await expectRefused(() => acknowledgeAction({ workItemId: items[0]!.id }));
  });

  it("a supporting liaison asking to complete an item only the lead may close", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市商务局"], support: ["市科技局"], status: "dispatched" }],
    });
    await actAs("kjj");
    await expectRefused(() =>
      requestCompletionAction({
        workItemId: items[0]!.id,
        version: items[0]!.version,
        summary: "我方认为已完成全部工作",
      }),
    );
  });

  it("a liaison posting a role change, or a deactivation, for themselves", async () => {
    const me = await actAs("kjj");
    const [row] = await db.select().from(users).where(eq(users.id, me!.id));
    await expectRefused(() =>
      updateUserAction({
        id: me!.id,
        version: row!.version,
        displayName: row!.displayName,
        role: "admin",
        departmentId: String(row!.departmentId),
      }),
    );
    const swj = await departmentId("市商务局");
    await expectRefused(() =>
      updateUserAction({
        id: me!.id,
        version: row!.version,
        displayName: row!.displayName,
        role: "liaison",
        departmentId: swj,
      }),
    );
    await expectRefused(() => setUserActiveAction({ id: me!.id, version: row!.version, active: false }));
    expect((await actAs("kjj"))!.role).toBe("liaison");
  });

  it("a supervisor posting an edit to an item, or a dispatch with a new deadline", async () => {
    const { items } = await createTestPlan({ status: "draft", items: [{ lead: ["市科技局"] }] });
    await actAs("supervisor");
    await expectRefused(() =>
      editDraftItemAction({ id: items[0]!.id, expectedVersion: items[0]!.version, title: "督查改写的标题" }),
    );
    await expectRefused(() =>
      dispatchAction({ items: [{ id: items[0]!.id, version: items[0]!.version }], dueOn: "2026-06-30" }),
    );
  });
});
