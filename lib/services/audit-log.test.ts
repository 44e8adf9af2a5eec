import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, departments, users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { GET as exportAudit } from "@/app/api/export/audit/route";
import { issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { saveReportAction } from "@/lib/actions/reports";
import { today } from "@/lib/clock";
import { periodOf } from "@/lib/lifecycle/periods";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { itemWithAnsweredNotice } from "@/lib/test/notices";
import { actAs } from "@/lib/test/session";
import { auditFilterOptions, auditItemOptions, diffAudit, listAuditEvents } from "./audit-log";
import { getItemTimeline } from "./timeline";

vi.mock("next-intl/server", () => ({
  getLocale: async () => "zh-CN",
  getTranslations: async () => (key: string) => ({ "columns.time": "时间", "columns.actor": "操作人" })[key] ?? key,
}));

beforeAll(setupTestDatabase);

describe("audit trail viewer", () => {
  it("shows a liaison only the records of items where their department is assigned", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    const other = await itemWithAnsweredNotice("市商务局");
    const kjj = await actAs("kjj");
    const mine = await listAuditEvents({ actor: kjj!, filters: { workItemId: own.item.id } });
    expect(mine.rows.map((r) => r.event.action)).toEqual(["notice.respond", "notice.issue"]);
    expect((await listAuditEvents({ actor: kjj!, filters: { workItemId: other.item.id } })).total).toBe(0);
    const supervisor = await actAs("supervisor");
    expect((await listAuditEvents({ actor: supervisor!, filters: { workItemId: other.item.id } })).total).toBe(2);
    expect(
      (await listAuditEvents({ actor: supervisor!, filters: { planId: own.plan.id, action: "notice.respond" } })).total,
    ).toBe(1);
  });

  it("shows before → after for changed fields only", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    const supervisor = await actAs("supervisor");
    const { rows } = await listAuditEvents({
      actor: supervisor!,
      filters: { workItemId: own.item.id, action: "notice.respond" },
    });
    const changes = diffAudit(rows[0]!.event);
    expect(changes).toContainEqual({ field: "status", before: "open", after: "responded" });
    expect(changes).toContainEqual({ field: "response", before: null, after: "已完成=阶段目标" });
    expect(changes.map((c) => c.field)).not.toContain("version");
  });

  it("keeps a saved draft report out of everyone's audit trail and export except its own department's liaisons", async () => {
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
    });
    const item = items[0]!;
    await actAs("kjj");
    const saved = await saveReportAction({
      workItemId: item.id,
      period: periodOf(today(), "monthly")!,
      intent: "draft",
      progressStatus: "in_progress",
      percent: 30,
      narrative: "未提交的草稿内容",
      readings: [],
    });
    expect(saved.ok).toBe(true);

    const kjj = (await actAs("kjj"))!;
    expect(
      (await listAuditEvents({ actor: kjj, filters: { workItemId: item.id } })).rows.map((r) => r.event.action),
    ).toEqual(["report.saveDraft"]);
    for (const name of ["swj", "secretariat", "supervisor", "admin"]) {
      const actor = (await actAs(name))!;
      const listed = await listAuditEvents({ actor, filters: { workItemId: item.id } });
      expect(listed.total, name).toBe(0);
      expect((await auditFilterOptions({ actor })).actions, name).not.toContain("report.saveDraft");
    }

    await actAs("secretariat");
    const response = await exportAudit(new Request(`http://localhost/api/export/audit?workItemId=${item.id}`), {
      params: Promise.resolve({}),
    });
    const text = await response.text();
    expect(text).not.toContain("未提交的草稿内容");
    expect(text.trim().split("\r\n")).toHaveLength(1);
  });

  it("counts up to a limit and says there are more past it, still paging the records", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    const supervisor = (await actAs("supervisor"))!;
    const all = await listAuditEvents({ actor: supervisor, filters: { planId: own.plan.id } });
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.more).toBe(false);
    const capped = await listAuditEvents({ actor: supervisor, filters: { planId: own.plan.id }, countLimit: 1 });
    expect(capped).toMatchObject({ total: 1, more: true, page: 1 });
    expect(capped.rows.map((r) => r.event.id)).toEqual(all.rows.map((r) => r.event.id));
    const exact = await listAuditEvents({ actor: supervisor, filters: { planId: own.plan.id }, countLimit: all.total });
    expect(exact).toMatchObject({ total: all.total, more: false });
  });

  it("a page read again shows a record added since (answers are shared until the trail grows)", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    const supervisor = (await actAs("supervisor"))!;
    const filters = { planId: own.plan.id };
    const before = await listAuditEvents({ actor: supervisor, filters });
    expect((await listAuditEvents({ actor: supervisor, filters })).rows).toEqual(before.rows);
    await db.execute(sql`
      insert into audit_events (actor_name, action, entity_type, entity_id, plan_id)
      values ('测试', 'test.added', 'test', '1', ${own.plan.id})`);
    const after = await listAuditEvents({ actor: supervisor, filters });
    expect(after.total).toBe(before.total + 1);
    expect(after.rows[0]!.event.action).toBe("test.added");
    expect((await auditFilterOptions({ actor: supervisor })).actions).toContain("test.added");
  });

  it("offers every action, actor and department that occurs in the trail, in order", async () => {
    await itemWithAnsweredNotice("市商务局");
    const supervisor = (await actAs("supervisor"))!;
    const options = await auditFilterOptions({ actor: supervisor });
    const actions = await db.selectDistinct({ v: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action);
    expect(options.actions).toEqual(actions.map((a) => a.v).filter((a) => a !== "report.saveDraft"));
    expect(options.actions).toEqual(expect.arrayContaining(["notice.issue", "notice.respond"]));
    const actors = await db
      .selectDistinct({ id: users.id, name: users.displayName })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.actorId))
      .orderBy(users.displayName);
    expect(options.actors).toEqual(actors);
    expect(options.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["李督查", "刘联络员"]));
    const departmentRows = await db
      .selectDistinct({ id: departments.id, name: departments.name })
      .from(auditEvents)
      .innerJoin(departments, eq(departments.id, auditEvents.departmentId))
      .orderBy(departments.name);
    expect(options.departments).toEqual(departmentRows);
    expect(options.departments.map((d) => d.name)).toContain("市商务局");
  });

  it("offers draft plans in the filter only to plan editors, and liaisons only their own department's items", async () => {
    const draft = await createTestPlan({ status: "draft", items: [{ lead: ["市科技局"] }] });
    const published = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched" },
        { lead: ["市商务局"], status: "dispatched" },
      ],
    });
    for (const name of ["kjj", "supervisor"]) {
      const actor = (await actAs(name))!;
      const titles = (await auditFilterOptions({ actor })).plans.map((p) => p.title);
      expect(titles, name).toContain(published.plan.title);
      expect(titles, name).not.toContain(draft.plan.title);
      expect(await auditItemOptions({ actor, planId: draft.plan.id }), name).toEqual([]);
    }
    const secretariat = (await actAs("secretariat"))!;
    expect((await auditFilterOptions({ actor: secretariat })).plans.map((p) => p.title)).toContain(draft.plan.title);
    expect((await auditItemOptions({ actor: secretariat, planId: draft.plan.id })).map((i) => i.id)).toEqual([
      draft.items[0]!.id,
    ]);
    expect((await auditItemOptions({ actor: secretariat, planId: published.plan.id })).map((i) => i.id)).toEqual(
      published.items.map((i) => i.id),
    );

    const kjj = (await actAs("kjj"))!;
    expect((await auditItemOptions({ actor: kjj, planId: published.plan.id })).map((i) => i.id)).toEqual([
      published.items[0]!.id,
    ]);
  });

  it("shows a liaison notice records only for notices addressed to their own department, in list, filter, export and timeline", async () => {
    // 市科技局 leads, 市商务局 supports; the notice (reason and answer) goes to 市科技局 only.
    const { items } = await createTestPlan({
      items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
    });
    const item = items[0]!;
    await actAs("supervisor");
    const issued = await issueNoticeAction({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "科技局专属督办理由",
      deadlineMode: "workingDays",
      workingDays: 5,
    });
    if (!issued.ok) throw new Error(issued.error);
    await actAs("kjj");
    const answered = await respondNoticeAction({ noticeId: issued.data.id, version: 1, response: "科技局的答复内容" });
    expect(answered.ok).toBe(true);
    await actAs("swj");
    const saved = await saveReportAction({
      workItemId: item.id,
      period: periodOf(today(), "monthly")!,
      intent: "submit",
      progressStatus: "in_progress",
      percent: 20,
      narrative: "商务局配合进展",
      readings: [],
    });
    expect(saved.ok).toBe(true);

    const swj = (await actAs("swj"))!;
    const listed = await listAuditEvents({ actor: swj, filters: { workItemId: item.id } });
    expect(listed.rows.map((r) => r.event.action)).not.toContain("notice.issue");
    expect(listed.rows.map((r) => r.event.action)).not.toContain("notice.respond");
    expect(listed.total).toBe(listed.rows.length);
    expect(listed.total).toBeGreaterThan(0);
    expect(
      (await listAuditEvents({ actor: swj, filters: { workItemId: item.id, action: "notice.issue" } })).total,
    ).toBe(0);
    const timeline = await getItemTimeline({ actor: swj, workItemId: item.id });
    expect(timeline.map((e) => e.action)).not.toContain("notice.issue");
    expect(JSON.stringify(timeline)).not.toContain("科技局专属督办理由");
    const csv = await (
      await exportAudit(new Request(`http://localhost/api/export/audit?workItemId=${item.id}`), {
        params: Promise.resolve({}),
      })
    ).text();
    expect(csv).not.toContain("科技局的答复内容");
    expect(csv).not.toContain("科技局专属督办理由");
    expect(csv).toContain("商务局配合进展");

    // The addressee's liaison and the supervisors still see them.
    const kjj = (await actAs("kjj"))!;
    expect(
      (await listAuditEvents({ actor: kjj, filters: { workItemId: item.id, action: "notice.respond" } })).total,
    ).toBe(1);
    expect((await getItemTimeline({ actor: kjj, workItemId: item.id })).map((e) => e.action)).toContain("notice.issue");
    const supervisor = (await actAs("supervisor"))!;
    expect((await getItemTimeline({ actor: supervisor, workItemId: item.id })).map((e) => e.action)).toContain(
      "notice.respond",
    );
  });
});
