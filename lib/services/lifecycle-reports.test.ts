import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { notifications, progressReportRevisions, progressReports } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { reviewReportAction, saveReportAction } from "@/lib/actions/reports";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { getInbox } from "./inbox";
import { getReportForm, listItemReports } from "./reports";
import { getItemTimeline } from "./timeline";

// The clock reads APP_TODAY through lib/env on first use; the reports below are for 2024-03 and the two months before.
vi.hoisted(() => {
  process.env.APP_TODAY = "2024-03-20";
});

beforeAll(setupTestDatabase);
import { auditSince, draft, lastAuditId, userId } from "./lifecycle.test-helpers";

describe("progress reports", () => {
  it("refuses an empty narrative on submit with a clear message and writes no row", async () => {
    const item = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] })).items[0]!;
    await actAs("kjj");
    const before = await snapshotData();
    const result = await saveReportAction(draft(item.id, { intent: "submit", narrative: "  " }));
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { narrative: ["请填写工作进展,至少 5 个字"] },
    });
    expect(await snapshotData()).toEqual(before);
  });

  it("keeps drafts private to the department until submitted", async () => {
    const item = (
      await createTestPlan({ items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }] })
    ).items[0]!;
    await actAs("kjj");
    expect((await saveReportAction(draft(item.id, { narrative: "草稿内容" }))).ok).toBe(true);
    const kjj = (await actAs("kjj"))!;
    expect((await listItemReports({ actor: kjj, workItemId: item.id })).map((r) => r.narrative)).toEqual(["草稿内容"]);
    for (const other of ["swj", "secretariat", "supervisor"]) {
      const actor = (await actAs(other))!;
      expect(await listItemReports({ actor, workItemId: item.id }), other).toEqual([]);
      const timeline = await getItemTimeline({ actor: (await actAs("secretariat"))!, workItemId: item.id });
      expect(timeline.some((e) => e.action === "report.saveDraft")).toBe(false);
    }
  });

  it("goes submit → return with reason → resubmit → accept, keeping every version and one audit record per step", async () => {
    const item = (
      await createTestPlan({
        items: [
          {
            lead: ["市科技局"],
            status: "dispatched",
            indicators: [{ name: "技术合同成交额占GDP比重", comparator: ">=", targetValue: 3, unit: "%" }],
          },
        ],
      })
    ).items[0]!;
    const form = await getReportForm({ actor: (await actAs("kjj"))!, workItemId: item.id, period: "2024-03" });
    const indicatorId = form.indicators[0]!.id;
    let mark = await lastAuditId();
    const submitted = await saveReportAction(
      draft(item.id, {
        intent: "submit",
        percent: 60,
        narrative: "完成技术合同登记",
        readings: [{ indicatorId, value: "2.8" }],
      }),
    );
    expect(submitted).toMatchObject({ ok: true, data: { status: "submitted" } });
    let audit = await auditSince(mark);
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([["report.submit", "陈联络员"]]);
    expect(audit[0]!.before).toBeNull();
    expect(audit[0]!.after).toMatchObject({ percent: 60, readings: [{ indicatorId, value: 2.8 }] });
    const secretariatNotes = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, await userId("secretariat")));
    expect(secretariatNotes.some((n) => n.kind === "report.submitted" && n.title.includes(item.title))).toBe(true);

    await actAs("secretariat");
    const reportId = submitted.ok ? submitted.data.id : 0;
    expect(await reviewReportAction({ reportId, version: 1, decision: "return", reason: " " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["请填写退回原因,说明需要补充或修改的内容"] },
    });
    mark = await lastAuditId();
    const returned = await reviewReportAction({
      reportId,
      version: submitted.ok ? submitted.data.version : 0,
      decision: "return",
      reason: "请补充合同清单",
    });
    expect(returned).toMatchObject({ ok: true, data: { status: "returned" } });
    audit = await auditSince(mark);
    expect(
      audit.map((a) => [
        a.action,
        a.actorName,
        (a.before as { status: string }).status,
        (a.after as { status: string }).status,
      ]),
    ).toEqual([["report.return", "王秘书", "submitted", "returned"]]);

    const kjj = (await actAs("kjj"))!;
    const reopened = await getReportForm({ actor: kjj, workItemId: item.id, period: "2024-03" });
    expect(reopened.report).toMatchObject({ status: "returned", returnReason: "请补充合同清单", percent: 60 });
    expect((await getInbox({ actor: kjj })).returned.map((r) => r.returnReason)).toContain("请补充合同清单");
    mark = await lastAuditId();
    const resubmitted = await saveReportAction(
      draft(item.id, {
        reportId,
        version: reopened.report!.version,
        intent: "submit",
        percent: 70,
        narrative: "完成技术合同登记,附合同清单",
      }),
    );
    expect(resubmitted).toMatchObject({ ok: true, data: { status: "submitted" } });
    expect((await auditSince(mark)).map((a) => a.action)).toEqual(["report.submit"]);

    await actAs("secretariat");
    mark = await lastAuditId();
    expect(
      await reviewReportAction({
        reportId,
        version: resubmitted.ok ? resubmitted.data.version : 0,
        decision: "accept",
      }),
    ).toMatchObject({
      ok: true,
      data: { status: "accepted" },
    });
    expect((await auditSince(mark)).map((a) => a.action)).toEqual(["report.accept"]);
    const revisions = await db
      .select()
      .from(progressReportRevisions)
      .where(eq(progressReportRevisions.reportId, reportId))
      .orderBy(progressReportRevisions.revision);
    expect(revisions.map((r) => (r.snapshot as { percent: number }).percent)).toEqual([60, 70]);
    const kjjNotes = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, await userId("kjj")));
    expect(
      kjjNotes
        .filter((n) => n.title.includes(item.title))
        .map((n) => n.kind)
        .sort(),
    ).toEqual(["report.accepted", "report.returned"]);

    const timeline = await getItemTimeline({ actor: (await actAs("supervisor"))!, workItemId: item.id });
    expect(timeline.map((e) => e.action)).toEqual(["report.submit", "report.return", "report.submit", "report.accept"]);
    expect(timeline[1]).toMatchObject({
      actorName: "王秘书",
      departmentName: "市科技局",
      detail: { returnReason: "请补充合同清单" },
    });
  });

  it("gives the second of two sessions saving the same report a conflict and keeps the first save", async () => {
    const item = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] })).items[0]!;
    await actAs("kjj");
    const first = await saveReportAction(draft(item.id, { narrative: "第一次保存的内容" }));
    expect(first.ok).toBe(true);
    const second = await saveReportAction(draft(item.id, { narrative: "第二个窗口的内容" }));
    expect(second).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("该内容已被他人修改") });
    const [row] = await db.select().from(progressReports).where(eq(progressReports.workItemId, item.id));
    expect(row!.narrative).toBe("第一次保存的内容");
  });

  it("shows the lead the supporting departments' submitted reports for the same period", async () => {
    const item = (
      await createTestPlan({
        items: [{ lead: ["市科技局"], support: ["市商务局", "芙蓉区人民政府"], status: "dispatched" }],
      })
    ).items[0]!;
    await actAs("swj");
    expect((await saveReportAction(draft(item.id, { intent: "submit", narrative: "商务局配合完成调研" }))).ok).toBe(
      true,
    );
    await actAs("furong");
    expect((await saveReportAction(draft(item.id, { narrative: "芙蓉区草稿" }))).ok).toBe(true);
    const lead = await getReportForm({ actor: (await actAs("kjj"))!, workItemId: item.id, period: "2024-03" });
    expect(lead.supporting.map((s) => [s.departmentName, s.narrative])).toEqual([["市商务局", "商务局配合完成调研"]]);
    const support = await getReportForm({ actor: (await actAs("swj"))!, workItemId: item.id, period: "2024-03" });
    expect(support.supporting).toEqual([]);
  });
});
