import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  assignments,
  departments,
  notifications,
  outboxMessages,
  progressReports,
  sections,
  workItems,
} from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { dispatchAction } from "@/lib/actions/lifecycle";
import { applyRevisionAction, compareRevisionAction } from "@/lib/actions/plan-revisions";
import { saveReportAction } from "@/lib/actions/reports";
import { today } from "@/lib/clock";
import { periodOf } from "@/lib/lifecycle/periods";
import { readSeed, reviseChangsha } from "@/lib/plan-import/test-helpers";
import { getItems } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { auditSince, lastAuditId, userId } from "./lifecycle.test-helpers";
import { importPlanAsSystem } from "./plan-import";
import { applyPlanRevision } from "./plan-revision-apply";

beforeAll(setupTestDatabase);

/** The Changsha plan as a document of its own (its hash is new), published by the seed's path. */
async function publishedChangsha() {
  const text = readSeed().replace("来源:", `来源:测试${randomUUID().slice(0, 8)} `);
  const { planId, created } = await importPlanAsSystem(text, "changsha-revision.txt");
  expect(created).toBe(true);
  const rows = await db
    .select({ item: workItems, section: sections.code })
    .from(workItems)
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .where(eq(workItems.planId, planId));
  const byCode = new Map(rows.map((r) => [`${r.section}${r.item.code}`, r.item]));
  return { text, planId, item: (code: string) => byCode.get(code)! };
}

const CONCERNED = ["二(五)", "二(七)", "三(一)", "三(二)"];

async function dispatch(items: { id: number; version: number }[]) {
  await actAs("secretariat");
  const done = await dispatchAction({ items, dueOn: "2025-12-31", confirmPastDue: true });
  if (!done.ok) throw new Error(done.error);
}

async function compare(planId: number, text: string) {
  const compared = await compareRevisionAction({ planId, text });
  if (!compared.ok) throw new Error(compared.error);
  return compared.data;
}

/** Accepts every change the comparison showed. */
function acceptAll(planId: number, text: string, preview: Awaited<ReturnType<typeof compare>>) {
  return applyRevisionAction({
    planId,
    text,
    fingerprint: preview.fingerprint,
    accepted: preview.changes.map((c) => c.id),
  });
}

describe("a revised plan applied to the published, dispatched plan", () => {
  it("finds exactly the four changes; accepting them updates the dispatched items and tells their departments", async () => {
    const plan = await publishedChangsha();
    const [reworded, moved, widened, dropped] = CONCERNED.map(plan.item);
    await dispatch([reworded!, moved!, widened!, dropped!].map(({ id, version }) => ({ id, version })));
    await actAs("kjj");
    const report = await saveReportAction({
      workItemId: dropped!.id,
      period: periodOf(today(), "monthly")!,
      intent: "submit",
      progressStatus: "in_progress",
      percent: 20,
      narrative: "主体培育进展",
      readings: [],
    });
    expect(report.ok).toBe(true);

    await actAs("secretariat");
    const revised = reviseChangsha(plan.text);
    const preview = await compare(plan.planId, revised);
    expect(preview.changes.map((c) => [c.change.kind, c.change.code])).toEqual([
      ["reworded", "二(五)"],
      ["deadline", "二(七)"],
      ["units", "三(一)"],
      ["removed", "三(二)"],
    ]);
    expect(preview.changes[3]).toMatchObject({ removal: "withdraw", status: "dispatched" });

    const since = await lastAuditId();
    const applied = await acceptAll(plan.planId, revised, preview);
    expect(applied.ok).toBe(true);

    const after = new Map((await getItems(CONCERNED.map((c) => plan.item(c).id))).map((i) => [i.id, i]));
    expect(after.get(reworded!.id)!.text).toContain("布局人工智能等未来产业");
    expect(after.get(reworded!.id)!.status).toBe("dispatched");
    expect(after.get(moved!.id)).toMatchObject({ dueOn: "2024-12-31", originalDueOn: "2025-12-31" });
    const units = await db
      .select({ name: departments.name, role: assignments.role })
      .from(assignments)
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(eq(assignments.workItemId, widened!.id));
    expect(units).toContainEqual({ name: "市文旅广电局", role: "support" });
    expect(after.get(dropped!.id)).toMatchObject({ status: "draft", dispatchedAt: null });
    const kept = await db.select().from(progressReports).where(eq(progressReports.workItemId, dropped!.id));
    expect(kept).toHaveLength(1);

    const audit = await auditSince(since);
    expect(audit.filter((a) => a.action === "plan.revise").map((a) => [a.entityType, a.workItemId])).toEqual(
      expect.arrayContaining([
        ["plan", null],
        ["work_item", reworded!.id],
        ["work_item", widened!.id],
        ["work_item", dropped!.id],
      ]),
    );
    expect(audit.find((a) => a.action === "item.changeDue")).toMatchObject({
      workItemId: moved!.id,
      before: { dueOn: "2025-12-31" },
      after: { dueOn: "2024-12-31" },
    });

    // 市科技局 holds 二(五), 三(一) and 三(二); 市商务局 二(七), 三(一) and 三(二).
    for (const [liaison, kinds] of [
      ["kjj", ["planRevised", "planRevised", "planRevisedRemoved"]],
      ["swj", ["planRevised", "planRevised", "planRevisedRemoved"]],
    ] as const) {
      const told = await db
        .select({ kind: notifications.kind, title: notifications.title })
        .from(notifications)
        .where(and(eq(notifications.userId, await userId(liaison)), inArray(notifications.kind, [...kinds])));
      expect(told.map((n) => n.kind).sort()).toEqual([...kinds].sort());
      expect(told.some((n) => n.title.includes("三(二)"))).toBe(true);
    }
    const mail = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipient, "kjj@duban.example"), gt(outboxMessages.createdAt, new Date(0))));
    expect(mail.some((m) => m.subject.includes("已修订"))).toBe(true);

    // The plan now says what the revision says: comparing again finds nothing.
    expect((await compare(plan.planId, revised)).changes).toEqual([]);
  });

  it("refuses to apply when the plan changed after the diff was shown, and changes nothing", async () => {
    const plan = await publishedChangsha();
    const revised = reviseChangsha(plan.text);
    const preview = await compare(plan.planId, revised);
    const other = plan.item("二(一)");
    await dispatch([{ id: other.id, version: other.version }]);
    await actAs("secretariat");
    const since = await lastAuditId();
    const applied = await acceptAll(plan.planId, revised, preview);
    expect(applied).toMatchObject({ ok: false, code: "conflict" });
    expect(!applied.ok && applied.error).toContain("计划在您比对之后已有改动");
    const [unchanged] = await getItems([plan.item("二(五)").id]);
    expect(unchanged!.text).toContain("布局元宇宙等未来产业");
    expect(unchanged!.version).toBe(plan.item("二(五)").version);
    expect(await auditSince(since)).toEqual([]);
  });

  it("leaves the accepted changes to the secretariat: a liaison can neither compare nor apply", async () => {
    const plan = await publishedChangsha();
    const revised = reviseChangsha(plan.text);
    const preview = await compare(plan.planId, revised);
    const kjj = (await actAs("kjj"))!;
    expect(await compareRevisionAction({ planId: plan.planId, text: revised })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const input = {
      planId: plan.planId,
      text: revised,
      fingerprint: preview.fingerprint,
      accepted: preview.changes.map((c) => c.id),
    };
    expect(await applyRevisionAction(input)).toMatchObject({ ok: false, code: "forbidden" });
    await expect(applyPlanRevision({ actor: kjj, ...input })).rejects.toMatchObject({ code: "forbidden" });
    const [unchanged] = await getItems([plan.item("二(五)").id]);
    expect(unchanged!.text).toContain("布局元宇宙等未来产业");
  });
});
