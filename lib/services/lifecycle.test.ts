import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { assignments, notifications, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import {
  acknowledgeAction,
  addSubItemAction,
  deleteSubItemAction,
  dispatchAction,
  moveSubItemAction,
} from "@/lib/actions/lifecycle";
import { saveReportAction } from "@/lib/actions/reports";
import { createTestPlan, departmentId, getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import { listUndispatched } from "./dispatch";
import { getInbox, getReviewQueue } from "./inbox";

// The clock reads APP_TODAY through lib/env on first use; the reports below are for 2024-03 and the two months before.
vi.hoisted(() => {
  process.env.APP_TODAY = "2024-03-20";
});

beforeAll(setupTestDatabase);
import { auditSince, draft, lastAuditId, userId } from "./lifecycle.test-helpers";

describe("dispatch", () => {
  it("refuses a plan that is not published and an item without units, by name", async () => {
    const draftPlan = await createTestPlan({ status: "draft" });
    await actAs("secretariat");
    const before = await snapshotData();
    const item = draftPlan.items[0]!;
    expect(
      await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "2025-06-30" }),
    ).toMatchObject({ ok: false, error: "行动计划发布后才能交办" });
    expect(await snapshotData()).toEqual(before);
    const noUnits = (await createTestPlan({ items: [{ title: "无单位任务", lead: [] }] })).items[0]!;
    const before2 = await snapshotData();
    const result = await dispatchAction({ items: [{ id: noUnits.id, version: noUnits.version }], dueOn: "2025-06-30" });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toContain("还没有责任单位");
    expect(await snapshotData()).toEqual(before2);
  });

  it("sends a whole section with sub-items, one audit record per item, and tells the liaisons", async () => {
    const { section, items } = await createTestPlan({
      items: [{ lead: ["市科技局"] }, { lead: ["市商务局"], support: ["芙蓉区人民政府"] }],
    });
    await actAs("secretariat");
    const sub = await addSubItemAction({
      parentId: items[0]!.id,
      parentVersion: items[0]!.version,
      title: "子任务甲",
      leadDepartmentId: await departmentId("市科技局"),
    });
    expect(sub.ok).toBe(true);
    const mark = await lastAuditId();
    const result = await dispatchAction({
      sectionId: section.id,
      dueOn: "2025-06-30",
      reportingCycle: "quarterly",
      reportDueDay: 20,
    });
    expect(result).toMatchObject({ ok: true });
    const rows = await getItems([items[0]!.id, items[1]!.id, sub.ok ? sub.data.id : 0]);
    expect(rows.map((r) => [r.status, r.dueOn, r.reportingCycle, r.reportDueDay])).toEqual(
      Array(3).fill(["dispatched", "2025-06-30", "quarterly", 20]),
    );
    expect(rows.every((r) => r.originalDueOn === "2025-12-31" || r.originalDueOn === "2025-06-30")).toBe(true);
    const audit = await auditSince(mark);
    expect(audit.map((a) => a.action)).toEqual(["item.dispatch", "item.dispatch", "item.dispatch"]);
    expect(audit[0]).toMatchObject({
      actorName: "王秘书",
      before: { status: "draft" },
      after: { status: "dispatched" },
    });
    const furongNotes = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, await userId("furong")));
    expect(furongNotes.some((n) => n.title.includes(items[1]!.title))).toBe(true);
  });

  it("gives the second of two stale dispatch forms a conflict", async () => {
    const item = (await createTestPlan()).items[0]!;
    await actAs("secretariat");
    expect((await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "2025-03-31" })).ok).toBe(
      true,
    );
    const second = await dispatchAction({ items: [{ id: item.id, version: item.version }], dueOn: "2025-09-30" });
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    expect((await getItems([item.id]))[0]!.dueOn).toBe("2025-03-31");
  });
});

describe("acknowledge", () => {
  it("records the department's receipt once and refuses a second time", async () => {
    const item = (
      await createTestPlan({ items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }] })
    ).items[0]!;
    await actAs("kjj");
    const mark = await lastAuditId();
    expect((await acknowledgeAction({ workItemId: item.id })).ok).toBe(true);
    expect(await acknowledgeAction({ workItemId: item.id })).toMatchObject({ ok: false, error: "本单位已签收该任务" });
    const units = await db.select().from(assignments).where(eq(assignments.workItemId, item.id));
    expect(units.filter((u) => u.acknowledgedAt).map((u) => u.departmentId)).toEqual([await departmentId("市科技局")]);
    const audit = await auditSince(mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "item.acknowledge",
      actorName: "陈联络员",
      before: { acknowledgedAt: null },
    });
    const queue = await getReviewQueue({ actor: (await actAs("secretariat"))! });
    expect(queue.unacknowledged.filter((u) => u.itemId === item.id).map((u) => u.departmentName)).toEqual(["市商务局"]);
  });
});

describe("decompose", () => {
  it("keeps sub-items numbered 1. 2. 3. through add, move and delete, each audited", async () => {
    const parent = (await createTestPlan()).items[0]!;
    await actAs("secretariat");
    const lead = await departmentId("市科技局");
    let version = parent.version;
    const mark = await lastAuditId();
    for (const title of ["甲子任务", "乙子任务", "丙子任务"]) {
      const r = await addSubItemAction({
        parentId: parent.id,
        parentVersion: version,
        title,
        leadDepartmentId: lead,
        supportDepartmentIds: [await departmentId("市商务局")],
        dueOn: "2025-06-30",
        indicators: [{ name: "平台数量", comparator: ">=", targetValue: "3", unit: "个" }],
      });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) version = r.data.parentVersion;
    }
    const stale = await addSubItemAction({
      parentId: parent.id,
      parentVersion: parent.version,
      title: "过期表单",
      leadDepartmentId: lead,
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const children = async () =>
      (
        await db
          .select()
          .from(workItems)
          .where(and(eq(workItems.parentId, parent.id)))
          .orderBy(workItems.position)
      ).map((c) => `${c.code}${c.title}`);
    expect(await children()).toEqual(["1.甲子任务", "2.乙子任务", "3.丙子任务"]);
    const rows = await db.select().from(workItems).where(eq(workItems.parentId, parent.id)).orderBy(workItems.position);
    expect((await moveSubItemAction({ id: rows[2]!.id, version: rows[2]!.version, direction: "up" })).ok).toBe(true);
    expect(await children()).toEqual(["1.甲子任务", "2.丙子任务", "3.乙子任务"]);
    expect((await deleteSubItemAction({ id: rows[0]!.id, version: rows[0]!.version })).ok).toBe(true);
    expect(await children()).toEqual(["1.丙子任务", "2.乙子任务"]);
    const audit = await auditSince(mark);
    expect(audit.map((a) => a.action)).toEqual([
      "item.decompose.add",
      "item.decompose.add",
      "item.decompose.add",
      "item.decompose.move",
      "item.decompose.delete",
    ]);
    expect(audit.every((a) => a.workItemId === parent.id && a.actorName === "王秘书")).toBe(true);
  });
});

describe("inbox (我的任务)", () => {
  it("sorts the department's dispatched items into 待签收 / 待填报 / 被退回 / 即将到期 / 已逾期 as of a given day", async () => {
    const { items } = await createTestPlan({
      items: [
        { title: "已逾期任务", lead: ["市科技局"], status: "dispatched", dueOn: "2024-02-28" },
        { title: "即将到期任务", lead: ["市科技局"], status: "dispatched", dueOn: "2024-04-10" },
        { title: "远期任务", support: ["市科技局"], status: "dispatched", dueOn: "2025-12-31" },
        { title: "未交办任务", lead: ["市科技局"], status: "draft" },
        { title: "别家任务", lead: ["市商务局"], status: "dispatched", dueOn: "2024-02-28" },
      ],
    });
    const kjj = (await actAs("kjj"))!;
    expect((await acknowledgeAction({ workItemId: items[2]!.id })).ok).toBe(true);
    expect((await saveReportAction(draft(items[1]!.id, { intent: "submit", narrative: "本月按计划推进" }))).ok).toBe(
      true,
    );
    const inbox = await getInbox({ actor: kjj, on: "2024-03-15" });
    const titles = (tab: keyof typeof inbox) =>
      inbox[tab].filter((r) => r.planTitle === inbox.overdue[0]?.planTitle).map((r) => r.title);
    expect(titles("unacknowledged")).toEqual(["已逾期任务", "即将到期任务"]);
    expect(titles("toReport")).toEqual(["已逾期任务", "远期任务"]);
    expect(inbox.toReport.find((r) => r.title === "远期任务")).toMatchObject({
      period: "2024-03",
      reportDueOn: "2024-03-25",
      role: "support",
    });
    expect(titles("overdue")).toEqual(["已逾期任务"]);
    expect(titles("dueSoon")).toEqual(["即将到期任务"]);
    expect(titles("returned")).toEqual([]);
  });
});

describe("report periods", () => {
  it("refuses a future period, one of the wrong cycle and one older than the two before the current one", async () => {
    const item = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] })).items[0]!;
    await actAs("kjj");
    const before = await snapshotData();
    for (const period of ["2999-01", "2024-Q1", "2001-01", "2023-12"]) {
      const result = await saveReportAction(draft(item.id, { period, narrative: "补报的内容" }));
      expect(result, period).toMatchObject({
        ok: false,
        code: "validation",
        fieldErrors: { period: ["只能填报本期或前两期的进展"] },
      });
    }
    expect(await snapshotData()).toEqual(before);
    // Today is 2024-03-20: March, February and January may be reported, as the form offers.
    for (const period of ["2024-03", "2024-02", "2024-01"]) {
      expect(await saveReportAction(draft(item.id, { period, narrative: "补报的内容" })), period).toMatchObject({
        ok: true,
      });
    }
  });
});

describe("待交办 list", () => {
  it("lists undispatched items of published plans by section, marking those without units", async () => {
    const published = await createTestPlan({
      items: [
        { title: "有单位任务", lead: ["市科技局"] },
        { title: "无单位任务", lead: [] },
        { title: "已交办任务", lead: ["市科技局"], status: "dispatched" },
      ],
    });
    const draftPlan = await createTestPlan({ status: "draft", items: [{ title: "草稿计划任务", lead: ["市科技局"] }] });
    const { groups } = await listUndispatched({ actor: (await actAs("secretariat"))! });
    const mine = groups.find((g) => g.sectionId === published.section.id);
    expect(mine?.items.map((i) => [i.title, i.units])).toEqual([
      ["有单位任务", 1],
      ["无单位任务", 0],
    ]);
    expect(groups.some((g) => g.sectionId === draftPlan.section.id)).toBe(false);
  });
});
