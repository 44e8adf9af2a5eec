import { vi } from "vitest";
import { db } from "@/db";
import { progressReports, workItems } from "@/db/schema";
import {
  acknowledgeAction,
  addSubItemAction,
  assignUnitsAction,
  changeDueDateAction,
  deleteSubItemAction,
  dispatchAction,
  moveSubItemAction,
  withdrawDispatchAction,
} from "@/lib/actions/lifecycle";
import { reviewReportAction, saveReportAction } from "@/lib/actions/reports";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { describeMatrix, type MatrixCase } from "./harness";

// Reports are for 2024-03, which may be reported only while it is the current period or one of the two after it.
vi.hoisted(() => {
  process.env.APP_TODAY = "2024-03-20";
});

/** Cases prepare different data; each is typed on its own. */
const each = <T>(c: MatrixCase<T>) => c as unknown as MatrixCase<unknown>;

// createTestPlan defaults: 市科技局 (kjj) leads, 市商务局 (swj) supports, 芙蓉区 (furong) is not assigned.
const dispatched = async () =>
  (await createTestPlan({ items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }] })).items[0]!;

const report = (workItemId: number, intent: "draft" | "submit") => ({
  workItemId,
  period: "2024-03",
  intent,
  progressStatus: "in_progress" as const,
  percent: 40,
  narrative: "本月完成平台建设方案评审",
  readings: [],
});

async function submittedReport() {
  const item = await dispatched();
  const [row] = await db
    .insert(progressReports)
    .values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      period: "2024-03",
      status: "submitted",
      percent: 50,
      narrative: "已完成阶段任务",
    })
    .returning();
  return row!;
}

async function withSubItems() {
  const { plan, section, items } = await createTestPlan();
  const parent = items[0]!;
  const rows = await db
    .insert(workItems)
    .values(
      ["1.", "2."].map((code, position) => ({
        planId: plan.id,
        sectionId: section.id,
        parentId: parent.id,
        kind: "subtask" as const,
        code,
        title: `子任务${code}`,
        position,
      })),
    )
    .returning();
  return { parent, first: rows[0]! };
}

describeMatrix("lifecycle mutations", [
  each({
    action: "item.dispatch",
    allowed: ["admin", "secretariat"],
    prepare: async () => (await createTestPlan()).items[0]!,
    call: (item) =>
      dispatchAction({
        items: [{ id: item.id, version: item.version }],
        dueOn: "2025-06-30",
        reportingCycle: "monthly",
        reportDueDay: 25,
      }),
  }),
  each({
    action: "item.dispatch (whole section)",
    allowed: ["admin", "secretariat"],
    prepare: async () => (await createTestPlan({ items: [{ lead: ["市科技局"] }, { lead: ["市商务局"] }] })).section,
    call: (section) =>
      dispatchAction({ sectionId: section.id, dueOn: "2025-06-30", reportingCycle: "quarterly", reportDueDay: 20 }),
  }),
  each({
    action: "item.dispatch (change the due date)",
    allowed: ["admin", "secretariat"],
    prepare: dispatched,
    call: (item) =>
      changeDueDateAction({
        workItemId: item.id,
        version: item.version,
        dueOn: "2025-09-30",
        reason: "交办时日期填写有误",
      }),
  }),
  each({
    action: "item.dispatch (withdraw before acknowledgement)",
    allowed: ["admin", "secretariat"],
    prepare: dispatched,
    call: (item) => withdrawDispatchAction({ workItemId: item.id, version: item.version, reason: "责任单位需要调整" }),
  }),
  each({
    action: "item.assign (units of an item not yet dispatched)",
    allowed: ["admin", "secretariat"],
    prepare: async () => (await createTestPlan({ items: [{ lead: [] }] })).items[0]!,
    call: async (item) =>
      assignUnitsAction({
        workItemId: item.id,
        version: item.version,
        leadDepartmentId: await departmentId("市科技局"),
        supportDepartmentIds: [],
      }),
  }),
  each({
    action: "item.acknowledge",
    allowed: ["kjj", "swj"],
    prepare: dispatched,
    call: (item) => acknowledgeAction({ workItemId: item.id }),
  }),
  each({
    action: "item.acknowledge (not dispatched yet)",
    allowed: [],
    prepare: async () => (await createTestPlan()).items[0]!,
    call: (item) => acknowledgeAction({ workItemId: item.id }),
  }),
  each({
    action: "report.write (draft)",
    allowed: ["kjj", "swj"],
    prepare: dispatched,
    call: (item) => saveReportAction(report(item.id, "draft")),
  }),
  each({
    action: "report.write (submit)",
    allowed: ["kjj", "swj"],
    prepare: dispatched,
    call: (item) => saveReportAction(report(item.id, "submit")),
  }),
  each({
    action: "report.write (item not dispatched)",
    allowed: [],
    prepare: async () => (await createTestPlan()).items[0]!,
    call: (item) => saveReportAction(report(item.id, "submit")),
  }),
  each({
    action: "report.review (accept)",
    allowed: ["admin", "secretariat"],
    prepare: submittedReport,
    call: (r) => reviewReportAction({ reportId: r.id, version: r.version, decision: "accept" }),
  }),
  each({
    action: "report.review (return)",
    allowed: ["admin", "secretariat"],
    prepare: submittedReport,
    call: (r) =>
      reviewReportAction({ reportId: r.id, version: r.version, decision: "return", reason: "请补充佐证材料" }),
  }),
  each({
    action: "item.decompose (add)",
    allowed: ["admin", "secretariat"],
    prepare: async () => ({ parent: (await createTestPlan()).items[0]!, lead: await departmentId("市科技局") }),
    call: ({ parent, lead }) =>
      addSubItemAction({
        parentId: parent.id,
        parentVersion: parent.version,
        title: "建设科技成果转化平台",
        leadDepartmentId: lead,
        indicators: [],
      }),
  }),
  each({
    action: "item.decompose (delete)",
    allowed: ["admin", "secretariat"],
    prepare: withSubItems,
    call: ({ first }) => deleteSubItemAction({ id: first.id, version: first.version }),
  }),
  each({
    action: "item.decompose (move)",
    allowed: ["admin", "secretariat"],
    prepare: withSubItems,
    call: ({ first }) => moveSubItemAction({ id: first.id, version: first.version, direction: "down" }),
  }),
]);
