import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { completionRequests, evidenceFiles, notifications, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { decideCompletionAction, requestCompletionAction } from "@/lib/actions/requests";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { listNotifications } from "./notifications";
import { auditsOf, completionForm, dispatchedItem, itemNow, PDF, userIdOf } from "./requests.test-helpers";

describe("completion (办结)", () => {
  beforeAll(setupTestDatabase);

  it("lets the lead ask with evidence and the secretariat approve; each step leaves one audit record", async () => {
    const item = await dispatchedItem();
    await actAs("kjj");
    const asked = await requestCompletionAction(
      completionForm(item, "已建成科技服务平台", [new File([PDF], "办结总结(终稿).pdf", { type: "application/pdf" })]),
    );
    expect(asked.ok, JSON.stringify(asked)).toBe(true);
    const files = await db.select().from(evidenceFiles).where(eq(evidenceFiles.workItemId, item.id));
    expect(files.map((f) => f.filename)).toEqual(["办结总结(终稿).pdf"]);

    await actAs("secretariat");
    const [request] = await db.select().from(completionRequests).where(eq(completionRequests.workItemId, item.id));
    expect(
      (await decideCompletionAction({ requestId: request!.id, version: request!.version, decision: "approve" })).ok,
    ).toBe(true);
    const after = await itemNow(item.id);
    expect(after.status).toBe("completed");
    expect(after.completedAt).not.toBeNull();

    const audits = await auditsOf(item.id);
    expect(audits.map((a) => a.action)).toEqual(["completion.request", "completion.approve"]);
    expect(audits[0]).toMatchObject({ actorName: "陈联络员", before: null });
    expect(audits[0]!.after).toMatchObject({
      summary: "已建成科技服务平台",
      files: [{ filename: "办结总结(终稿).pdf" }],
    });
    expect(audits[1]).toMatchObject({
      actorName: "王秘书",
      before: { status: "pending", itemStatus: "dispatched" },
      after: { status: "approved", itemStatus: "completed" },
    });
    // Every assigned department hears of the approval.
    expect((await listNotifications(await userIdOf("swj")))[0]!.title).toContain("已批准办结");
  });

  it("refuses a supporting department, an .exe renamed to .pdf and a 25 MB file, writing nothing", async () => {
    const item = await dispatchedItem();
    const before = await snapshotData();
    await actAs("swj");
    expect(await requestCompletionAction(completionForm(item, "已完成"))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    await actAs("kjj");
    const exe = new File([Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...new Array(60).fill(0)])], "总结.pdf");
    expect(await requestCompletionAction(completionForm(item, "已完成", [exe]))).toMatchObject({
      ok: false,
      error: expect.stringContaining("内容与扩展名不符"),
    });
    const big = new Uint8Array(25 * 1024 * 1024);
    big.set(PDF);
    expect(await requestCompletionAction(completionForm(item, "已完成", [new File([big], "大.pdf")]))).toMatchObject({
      ok: false,
      error: expect.stringContaining("20 MB"),
    });
    expect(await requestCompletionAction(completionForm(item, ""))).toMatchObject({
      ok: false,
      fieldErrors: { summary: ["请填写办结情况说明"] },
    });
    expect(await snapshotData()).toEqual(before);
  });

  it("a stale completion form is refused with a conflict and the refusal reason reaches the lead", async () => {
    const item = await dispatchedItem();
    await db
      .update(workItems)
      .set({ version: item.version + 1 })
      .where(eq(workItems.id, item.id));
    await actAs("kjj");
    expect(await requestCompletionAction(completionForm(item, "已完成"))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const fresh = await itemNow(item.id);
    expect((await requestCompletionAction(completionForm(fresh, "已完成"))).ok).toBe(true);
    await actAs("secretariat");
    const [request] = await db.select().from(completionRequests).where(eq(completionRequests.workItemId, item.id));
    expect(
      (
        await decideCompletionAction({
          requestId: request!.id,
          version: request!.version,
          decision: "refuse",
          note: "缺少验收材料",
        })
      ).ok,
    ).toBe(true);
    expect((await itemNow(item.id)).status).toBe("dispatched");
    const note = (await listNotifications(await userIdOf("kjj")))[0]!;
    expect(note).toMatchObject({ title: expect.stringContaining("被退回"), body: "缺少验收材料" });
  });
});

describe("notifications", () => {
  beforeAll(setupTestDatabase);

  it("marks only the caller's own notifications read", async () => {
    const kjj = await userIdOf("kjj");
    const swj = await userIdOf("swj");
    const [mine] = await db.insert(notifications).values({ userId: kjj, kind: "t", title: "我的" }).returning();
    const [theirs] = await db.insert(notifications).values({ userId: swj, kind: "t", title: "别人的" }).returning();
    await actAs("kjj");
    expect((await markNotificationsReadAction({ ids: [mine!.id, theirs!.id] })).ok).toBe(true);
    const [a] = await db.select().from(notifications).where(eq(notifications.id, mine!.id));
    const [b] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, theirs!.id)));
    expect(a!.readAt).not.toBeNull();
    expect(b!.readAt).toBeNull();
  });
});
