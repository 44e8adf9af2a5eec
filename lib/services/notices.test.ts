import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  assignments,
  auditEvents,
  evidenceFiles,
  notifications,
  supervisionNotices,
  users,
  workItems,
} from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { closeNoticeAction, escalateNoticeAction, issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { addWorkingDays } from "@/lib/workdays";
import { today } from "@/lib/clock";

beforeAll(setupTestDatabase);

const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
  0, 0,
]);

async function dispatchedItem() {
  const { items } = await createTestPlan({
    items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
  });
  return items[0]!;
}

async function userId(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

describe("supervision notices", () => {
  it("issue → respond → close, notifying the department and the issuer, with an audit trail on the item", async () => {
    const item = await dispatchedItem();
    const kjj = await departmentId("市科技局");
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: kjj,
      level: "supervise",
      reason: "进度滞后",
      deadlineMode: "workingDays",
      workingDays: 5,
    });
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    expect(issued.data.respondBy).toBe(addWorkingDays(today(), 5));

    const kjjInbox = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, await userId("kjj")), eq(notifications.link, `/notices/${issued.data.id}`)));
    expect(kjjInbox).toHaveLength(1);

    await actAs("kjj");
    const responded = await respondNoticeAction({ noticeId: issued.data.id, version: 1, response: "已制定整改方案" });
    expect(responded.ok).toBe(true);
    const supervisorInbox = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, await userId("supervisor")), eq(notifications.link, `/notices/${issued.data.id}`)),
      );
    expect(supervisorInbox).toHaveLength(1);

    await actAs("supervisor");
    expect((await closeNoticeAction({ noticeId: issued.data.id, version: 2 })).ok).toBe(true);
    const [notice] = await db.select().from(supervisionNotices).where(eq(supervisionNotices.id, issued.data.id));
    expect(notice).toMatchObject({ status: "closed", response: "已制定整改方案", version: 3 });

    const trail = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.workItemId, item.id))
      .orderBy(auditEvents.id);
    expect(trail.map((r) => r.action)).toEqual(["notice.issue", "notice.respond", "notice.close"]);
  });

  it("refuses a department that holds no assignment on the item", async () => {
    const item = await dispatchedItem();
    await actAs("supervisor");
    const result = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("芙蓉区人民政府"),
      level: "reminder",
      reason: "请推进",
      deadlineMode: "date",
      respondBy: "2099-01-01",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
  });

  it("refuses a respond-by date in the past and says which field", async () => {
    const item = await dispatchedItem();
    await actAs("secretariat");
    const result = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "reminder",
      reason: "请推进",
      deadlineMode: "date",
      respondBy: "2000-01-01",
    });
    expect(result.ok).toBe(false);
    const missing = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "reminder",
      reason: "",
      deadlineMode: "workingDays",
    });
    expect(missing.ok ? null : Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(["reason", "workingDays"]);
  });

  it("escalates 提醒 to 催办 linked to the old notice, and reports a stale version as a conflict", async () => {
    const item = await dispatchedItem();
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "reminder",
      reason: "请推进",
      deadlineMode: "workingDays",
      workingDays: 3,
    });
    if (!issued.ok) throw new Error(issued.error);
    const escalated = await escalateNoticeAction({
      noticeId: issued.data.id,
      version: 1,
      reason: "逾期未答复",
      deadlineMode: "workingDays",
      workingDays: 2,
    });
    expect(escalated).toMatchObject({ ok: true, data: { level: "urge" } });
    const [old] = await db.select().from(supervisionNotices).where(eq(supervisionNotices.id, issued.data.id));
    expect(old!.status).toBe("escalated");
    const [next] = await db
      .select()
      .from(supervisionNotices)
      .where(eq(supervisionNotices.escalatedFromId, issued.data.id));
    expect(next).toMatchObject({ level: "urge", status: "open" });

    await actAs("kjj");
    const stale = await respondNoticeAction({ noticeId: next!.id, version: 99, response: "答复" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("does not escalate a notice once its item is completed, and changes nothing", async () => {
    const item = await dispatchedItem();
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "reminder",
      reason: "请推进",
      deadlineMode: "workingDays",
      workingDays: 3,
    });
    if (!issued.ok) throw new Error(issued.error);
    await db.update(workItems).set({ status: "completed" }).where(eq(workItems.id, item.id));
    const before = await snapshotData();
    const escalated = await escalateNoticeAction({
      noticeId: issued.data.id,
      version: 1,
      reason: "逾期未答复",
      deadlineMode: "workingDays",
      workingDays: 2,
    });
    expect(escalated).toMatchObject({ ok: false, error: "该事项已办结,不能再发督办单" });
    expect(await snapshotData()).toEqual(before);
  });

  it("keeps evidence files attached to an answer", async () => {
    const item = await dispatchedItem();
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "请提供佐证",
      deadlineMode: "workingDays",
      workingDays: 5,
    });
    if (!issued.ok) throw new Error(issued.error);
    await actAs("kjj");
    const form = new FormData();
    form.set("payload", JSON.stringify({ noticeId: issued.data.id, version: 1, response: "已整改,附现场照片" }));
    form.append("files", new File([PNG_BYTES], "现场照片.png", { type: "image/png" }));
    const answered = await respondNoticeAction(form as never);
    expect(answered.ok).toBe(true);
    const files = await db
      .select()
      .from(evidenceFiles)
      .where(and(eq(evidenceFiles.ownerType, "supervision_notice"), eq(evidenceFiles.ownerId, issued.data.id)));
    expect(files.map((f) => f.filename)).toEqual(["现场照片.png"]);
  });

  it("refuses a notice on an item not yet dispatched, already completed, or of an unpublished plan, and issues nothing", async () => {
    const kjj = await departmentId("市科技局");
    const undispatched = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "draft" }] })).items[0]!;
    const completed = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "completed" }] })).items[0]!;
    const inDraftPlan = (
      await createTestPlan({ status: "draft", items: [{ lead: ["市科技局"], status: "dispatched" }] })
    ).items[0]!;
    await actAs("supervisor");
    const cases: [number, string][] = [
      [undispatched.id, "该事项尚未交办,不能发督办单"],
      [completed.id, "该事项已办结,不能再发督办单"],
      [inDraftPlan.id, "该事项所属计划尚未发布,不能发督办单"],
    ];
    for (const [workItemId, error] of cases) {
      const before = await snapshotData();
      const result = await issueNoticeAction({
        workItemId,
        departmentId: kjj,
        level: "reminder",
        reason: "请推进",
        deadlineMode: "workingDays",
        workingDays: 5,
      });
      expect(result).toMatchObject({ ok: false, code: "invalid_state", error });
      expect(await snapshotData()).toEqual(before);
    }
  });

  it("refuses an answer from a department that no longer holds an assignment on the item", async () => {
    const item = await dispatchedItem();
    const swj = await departmentId("市商务局");
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: swj,
      level: "reminder",
      reason: "请推进",
      deadlineMode: "workingDays",
      workingDays: 5,
    });
    if (!issued.ok) throw new Error(issued.error);
    await db.delete(assignments).where(and(eq(assignments.workItemId, item.id), eq(assignments.departmentId, swj)));

    await actAs("swj");
    const before = await snapshotData();
    const result = await respondNoticeAction({ noticeId: issued.data.id, version: 1, response: "已不再负责" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshotData()).toEqual(before);
    const [notice] = await db.select().from(supervisionNotices).where(eq(supervisionNotices.id, issued.data.id));
    expect(notice).toMatchObject({ status: "open", response: null });
  });
});
