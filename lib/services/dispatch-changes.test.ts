import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { assignments, auditEvents, notifications } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import {
  acknowledgeAction,
  changeDueDateAction,
  dispatchAction,
  withdrawDispatchAction,
} from "@/lib/actions/lifecycle";
import { createTestPlan, getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";

// The clock reads APP_TODAY through lib/env on first use.
vi.hoisted(() => {
  process.env.APP_TODAY = "2026-03-16";
});

const auditOf = async (workItemId: number) =>
  (await db.select().from(auditEvents).where(eq(auditEvents.workItemId, workItemId)).orderBy(auditEvents.id)).map(
    (a) => ({ action: a.action, before: a.before, after: a.after }),
  );

describe("deadlines at dispatch", () => {
  beforeAll(setupTestDatabase);

  it("refuses a dispatch without a due date, and one before today until it is confirmed", async () => {
    const item = (await createTestPlan()).items[0]!;
    await actAs("secretariat");
    const before = await snapshotData();
    expect(await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["请填写完成时限"] },
    });
    const past = await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "2025-12-31" });
    expect(past).toMatchObject({
      ok: false,
      fieldErrors: { confirmPastDue: [expect.stringContaining("早于今天(2026-03-16)")] },
    });
    expect(await snapshotData()).toEqual(before);
    expect(
      await dispatchAction({
        items: [{ id: item.id, version: item.version }],
        dueOn: "2025-12-31",
        confirmPastDue: true,
      }),
    ).toMatchObject({ ok: true });
    expect((await getItems([item.id]))[0]).toMatchObject({ status: "dispatched", dueOn: "2025-12-31" });
  });

  it("the secretariat changes a dispatched item's due date with a reason: audited, the units told, the first date kept", async () => {
    const item = (await createTestPlan({ items: [{ lead: ["市科技局"], dueOn: "2026-06-30", status: "dispatched" }] }))
      .items[0]!;
    await actAs("secretariat");
    expect(
      await changeDueDateAction({ workItemId: item.id, version: item.version, dueOn: "2026-09-30", reason: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { reason: ["请填写调整原因"] } });
    const changed = await changeDueDateAction({
      workItemId: item.id,
      version: item.version,
      dueOn: "2026-09-30",
      reason: "交办时日期填写有误",
    });
    expect(changed).toMatchObject({ ok: true, data: { dueOn: "2026-09-30" } });
    expect((await getItems([item.id]))[0]).toMatchObject({ dueOn: "2026-09-30", originalDueOn: "2026-06-30" });
    expect((await auditOf(item.id)).at(-1)).toEqual({
      action: "item.changeDue",
      before: { dueOn: "2026-06-30" },
      after: { dueOn: "2026-09-30", reason: "交办时日期填写有误" },
    });
    const told = await db.select().from(notifications).where(eq(notifications.kind, "item.dueChanged"));
    expect(told.some((n) => n.title.includes("调整为 2026-09-30") && n.body === "原因:交办时日期填写有误")).toBe(true);
    // The form's old version is refused.
    expect(
      await changeDueDateAction({ workItemId: item.id, version: item.version, dueOn: "2026-10-31", reason: "再改" }),
    ).toMatchObject({ ok: false, code: "conflict" });
  });

  it("withdraws a dispatch before acknowledgement (the item is 待交办 again), and not after", async () => {
    const [first, second] = (
      await createTestPlan({
        items: [
          { lead: ["市科技局"], status: "dispatched" },
          { lead: ["市科技局"], status: "dispatched" },
        ],
      })
    ).items;
    await actAs("secretariat");
    expect(
      await withdrawDispatchAction({ workItemId: first!.id, version: first!.version, reason: "责任单位需要调整" }),
    ).toMatchObject({ ok: true });
    expect((await getItems([first!.id]))[0]).toMatchObject({ status: "draft", dispatchedAt: null });
    expect((await auditOf(first!.id)).at(-1)).toMatchObject({
      action: "item.withdrawDispatch",
      after: { status: "draft", reason: "责任单位需要调整" },
    });

    await actAs("kjj");
    expect((await acknowledgeAction({ workItemId: second!.id })).ok).toBe(true);
    await actAs("secretariat");
    const before = await snapshotData();
    const refused = await withdrawDispatchAction({ workItemId: second!.id, version: second!.version, reason: "调整" });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("已有单位签收") });
    expect(await snapshotData()).toEqual(before);
    expect(
      (await db.select().from(assignments).where(eq(assignments.workItemId, second!.id)))[0]!.acknowledgedAt,
    ).not.toBeNull();
  });
});
