import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { departments, extensionRequests } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { decideExtensionAction, requestCompletionAction, requestExtensionAction } from "@/lib/actions/requests";
import { addDays, today } from "@/lib/clock";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { countUnread, listNotifications } from "./notifications";
import { getItemRequests, listRequestQueue, QUEUE_PAGE_SIZE } from "./requests";
import { auditsOf, completionForm, dispatchedItem, itemNow, userIdOf } from "./requests.test-helpers";

describe("extension requests (延期申请)", () => {
  beforeAll(setupTestDatabase);

  it("moves the due date on approval, keeps the original date visible, and notifies both sides", async () => {
    const item = await dispatchedItem();
    const secretariatUnread = await countUnread(await userIdOf("secretariat"));
    await actAs("swj");
    const asked = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 90),
      reason: "配套资金尚未到位",
    });
    expect(asked.ok).toBe(true);
    expect(await countUnread(await userIdOf("secretariat"))).toBe(secretariatUnread + 1);

    await actAs("secretariat");
    const queue = await listRequestQueue({ actor: (await actAs("secretariat"))! });
    const queued = queue.extensions.find((r) => r.workItemId === item.id)!;
    expect(queued.departmentName).toBe("市商务局");
    const decided = await decideExtensionAction({
      requestId: queued.request.id,
      version: queued.request.version,
      decision: "approve",
    });
    expect(decided.ok).toBe(true);

    const after = await itemNow(item.id);
    expect(after.dueOn).toBe(addDays(item.dueOn!, 90));
    expect(after.originalDueOn).toBe(item.dueOn);
    expect(after.version).toBe(item.version + 1);
    const panel = await getItemRequests({ actor: (await actAs("kjj"))!, workItemId: item.id });
    expect(panel.extensions[0]!.request).toMatchObject({
      status: "approved",
      currentDueOn: item.dueOn,
      requestedDueOn: after.dueOn,
    });
    expect(panel.extensions[0]).toMatchObject({ requestedByName: "刘联络员", decidedByName: "王秘书" });
    const audits = await auditsOf(item.id);
    expect(audits.map((a) => a.action)).toEqual(["extension.request", "extension.approve"]);
    expect(audits[1]).toMatchObject({
      actorName: "王秘书",
      before: { status: "pending", itemDueOn: item.dueOn },
      after: { status: "approved", itemDueOn: after.dueOn },
    });
    const swjNotes = await listNotifications(await userIdOf("swj"));
    expect(swjNotes[0]!.title).toContain("延期申请已同意");
    expect(swjNotes[0]!.link).toBe(`/items/${item.id}`);
  });

  it("refuses both requests until the department has acknowledged the item, writing nothing", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], status: "dispatched", dueOn: addDays(today(), 30) }],
    });
    const item = items[0]!;
    await actAs("kjj");
    const before = await snapshotData();
    const extension = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 30),
      reason: "原因",
    });
    expect(extension).toMatchObject({ ok: false, error: "请先签收该任务,再申请延期" });
    expect(await requestCompletionAction(completionForm(item, "已完成"))).toMatchObject({
      ok: false,
      error: "请先签收该任务,再申请办结",
    });
    expect(await snapshotData()).toEqual(before);
  });

  it("refuses a date not later than the current one, a passed deadline, and a second pending request", async () => {
    const item = await dispatchedItem();
    await actAs("kjj");
    const before0 = await snapshotData();
    const early = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: item.dueOn!,
      reason: "原因",
    });
    expect(early).toMatchObject({ ok: false, fieldErrors: { requestedDueOn: [`新的截止日期须晚于 ${item.dueOn}`] } });
    const past = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(today(), -3),
      reason: "原因",
    });
    expect(past).toMatchObject({ ok: false, fieldErrors: { requestedDueOn: [`新的截止日期须晚于 ${item.dueOn}`] } });
    expect(await snapshotData()).toEqual(before0);
    const blank = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 5),
      reason: "  ",
    });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { reason: ["请填写延期理由"] } });

    expect(
      (
        await requestExtensionAction({
          workItemId: item.id,
          version: item.version,
          requestedDueOn: addDays(item.dueOn!, 5),
          reason: "原因",
        })
      ).ok,
    ).toBe(true);
    const before = await snapshotData();
    const again = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 9),
      reason: "再次",
    });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("待审批的延期申请") });
    expect(await snapshotData()).toEqual(before);

    const overdue = await dispatchedItem(addDays(today(), -1));
    const late = await requestExtensionAction({
      workItemId: overdue.id,
      version: overdue.version,
      requestedDueOn: addDays(today(), 30),
      reason: "原因",
    });
    expect(late).toMatchObject({ ok: false, error: expect.stringContaining("已过") });
  });

  it("needs a reason to refuse, and a stale decision form gets a conflict message", async () => {
    const item = await dispatchedItem();
    await actAs("kjj");
    const asked = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 10),
      reason: "原因",
    });
    const requestId = asked.ok ? asked.data.id : 0;
    await actAs("secretariat");
    const noReason = await decideExtensionAction({ requestId, version: 1, decision: "refuse", note: "" });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { note: ["退回时请填写理由"] } });
    expect((await decideExtensionAction({ requestId, version: 1, decision: "refuse", note: "理由不充分" })).ok).toBe(
      true,
    );
    const stale = await decideExtensionAction({ requestId, version: 1, decision: "approve" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("已被他人修改") });
    expect((await itemNow(item.id)).dueOn).toBe(item.dueOn);
    const kjjNotes = await listNotifications(await userIdOf("kjj"));
    expect(kjjNotes[0]).toMatchObject({ title: expect.stringContaining("未获同意"), body: "理由不充分" });
  });
});

describe("two departments' extensions", () => {
  beforeAll(setupTestDatabase);

  it("never lets a later approval move the deadline earlier", async () => {
    const item = await dispatchedItem();
    await actAs("kjj");
    const far = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 60),
      reason: "设备采购周期长",
    });
    await actAs("swj");
    const near = await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 20),
      reason: "配套资金未到位",
    });
    expect(far.ok && near.ok).toBe(true);
    await actAs("secretariat");
    const queue = await listRequestQueue({ actor: (await actAs("secretariat"))! });
    const pending = queue.extensions.filter((r) => r.workItemId === item.id);
    const farRequest = pending.find((r) => r.departmentName === "市科技局")!.request;
    const nearRequest = pending.find((r) => r.departmentName === "市商务局")!.request;
    expect(
      (await decideExtensionAction({ requestId: farRequest.id, version: farRequest.version, decision: "approve" })).ok,
    ).toBe(true);
    const before = await snapshotData();
    const second = await decideExtensionAction({
      requestId: nearRequest.id,
      version: nearRequest.version,
      decision: "approve",
    });
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining("不晚于") });
    expect(await snapshotData()).toEqual(before);
    expect((await itemNow(item.id)).dueOn).toBe(addDays(item.dueOn!, 60));
  });
});

describe("the request queue at a city's volume", () => {
  beforeAll(setupTestDatabase);

  it("shows a page of each kind with the total, oldest first, and the next page continues it", async () => {
    const item = await dispatchedItem();
    const secretariat = (await actAs("secretariat"))!;
    const before = await listRequestQueue({ actor: secretariat });
    const [swj] = await db.select().from(departments).where(eq(departments.name, "市商务局"));
    const requester = await userIdOf("swj");
    const added = await db
      .insert(extensionRequests)
      .values(
        Array.from({ length: QUEUE_PAGE_SIZE + 5 }, (_, i) => ({
          workItemId: item.id,
          departmentId: swj!.id,
          requestedDueOn: addDays(item.dueOn!, i + 1),
          reason: `排队测试 ${i + 1}`,
          requestedBy: requester,
        })),
      )
      .returning();
    const total = before.extensionPage.total + added.length;
    const first = await listRequestQueue({ actor: secretariat });
    expect(first.extensions).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.extensionPage).toEqual({ total, page: 1, pages: Math.ceil(total / QUEUE_PAGE_SIZE) });
    const last = await listRequestQueue({ actor: secretariat, pages: { extensions: first.extensionPage.pages } });
    expect(last.extensions.at(-1)!.request.reason).toBe(`排队测试 ${added.length}`);
    const ids = [...first.extensions, ...last.extensions].map((r) => r.request.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
