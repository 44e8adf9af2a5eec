import { eq } from "drizzle-orm";
import { db } from "@/db";
import {
  completionRequests,
  evidenceFiles,
  extensionRequests,
  fileBlobs,
  notifications,
  progressReports,
  supervisionNotices,
  users,
  type EvidenceFile,
} from "@/db/schema";
import { GET as downloadFile } from "@/app/api/files/[id]/route";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import {
  decideCompletionAction,
  decideExtensionAction,
  requestCompletionAction,
  requestExtensionAction,
} from "@/lib/actions/requests";
import { addDays, today } from "@/lib/clock";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { describeMatrix, type MatrixCase } from "./harness";

/** The harness is generic over one context type; each row here prepares its own kind. */
const row = <T>(c: MatrixCase<T>) => c as unknown as MatrixCase<unknown>;

/** kjj (市科技局) leads, swj (市商务局) supports, furong is not assigned; due in 30 days. */
async function dispatchedItem() {
  const { items } = await createTestPlan({
    items: [
      {
        lead: ["市科技局"],
        support: ["市商务局"],
        status: "dispatched",
        acknowledged: true,
        dueOn: addDays(today(), 30),
      },
    ],
  });
  return items[0]!;
}

async function userId(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

async function pendingExtension() {
  const item = await dispatchedItem();
  const [request] = await db
    .insert(extensionRequests)
    .values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      currentDueOn: item.dueOn,
      requestedDueOn: addDays(item.dueOn!, 60),
      reason: "矩阵测试",
      requestedBy: await userId("kjj"),
    })
    .returning();
  return request!;
}

async function pendingCompletion() {
  const item = await dispatchedItem();
  const [request] = await db
    .insert(completionRequests)
    .values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      summary: "矩阵测试",
      requestedBy: await userId("kjj"),
    })
    .returning();
  return request!;
}

async function fileOfReport(status: "draft" | "submitted") {
  const item = await dispatchedItem();
  const [report] = await db
    .insert(progressReports)
    .values({
      workItemId: item.id,
      departmentId: await departmentId("市科技局"),
      period: `2026-${status === "draft" ? "01" : "02"}`,
      status,
    })
    .returning();
  return insertFile(item.id, "progress_report", report!.id, "kjj");
}

/** A notice addressed to 市商务局 (the supporting unit), answered with a file. */
async function fileOfNoticeResponse() {
  const item = await dispatchedItem();
  const [notice] = await db
    .insert(supervisionNotices)
    .values({
      workItemId: item.id,
      departmentId: await departmentId("市商务局"),
      level: "supervise",
      reason: "矩阵测试",
      respondBy: addDays(today(), 5),
      status: "responded",
      response: "已整改",
      issuedBy: await userId("supervisor"),
    })
    .returning();
  return insertFile(item.id, "supervision_notice", notice!.id, "swj");
}

async function fileOfCompletion() {
  const request = await pendingCompletion();
  return insertFile(request.workItemId, "completion_request", request.id, "kjj");
}

async function insertFile(workItemId: number, ownerType: EvidenceFile["ownerType"], ownerId: number, uploader: string) {
  const content = Buffer.from(`%PDF-1.4 matrix ${ownerType} ${ownerId}`);
  const sha256 = `matrix-${ownerType}-${ownerId}`;
  await db.insert(fileBlobs).values({ sha256, size: content.byteLength, content });
  const [file] = await db
    .insert(evidenceFiles)
    .values({
      workItemId,
      ownerType,
      ownerId,
      filename: "进展材料.pdf",
      mimeType: "application/pdf",
      size: content.byteLength,
      sha256,
      uploadedBy: await userId(uploader),
    })
    .returning();
  return file!;
}

const download = (id: number) =>
  downloadFile(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id: String(id) }) });

describeMatrix("requests: extension, completion, evidence download, notifications", [
  row({
    action: "extension.request",
    allowed: ["kjj", "swj"],
    prepare: dispatchedItem,
    call: (item) =>
      requestExtensionAction({
        workItemId: item.id,
        version: item.version,
        requestedDueOn: addDays(item.dueOn!, 90),
        reason: "项目审批流程延长",
      }),
  }),
  row({
    action: "extension.decide (approve)",
    allowed: ["admin", "secretariat"],
    prepare: pendingExtension,
    call: (r) => decideExtensionAction({ requestId: r.id, version: r.version, decision: "approve" }),
  }),
  row({
    action: "extension.decide (refuse)",
    allowed: ["admin", "secretariat"],
    prepare: pendingExtension,
    call: (r) => decideExtensionAction({ requestId: r.id, version: r.version, decision: "refuse", note: "理由不充分" }),
  }),
  row({
    action: "completion.request",
    allowed: ["kjj"],
    prepare: dispatchedItem,
    call: (item) => {
      const form = new FormData();
      form.set("workItemId", String(item.id));
      form.set("version", String(item.version));
      form.set("summary", "各项任务已全部完成");
      form.append(
        "files",
        new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "办结材料.pdf", { type: "application/pdf" }),
      );
      return requestCompletionAction(form);
    },
  }),
  row({
    action: "completion.decide (approve)",
    allowed: ["admin", "secretariat"],
    prepare: pendingCompletion,
    call: (r) => decideCompletionAction({ requestId: r.id, version: r.version, decision: "approve" }),
  }),
  row({
    action: "completion.decide (refuse)",
    allowed: ["admin", "secretariat"],
    prepare: pendingCompletion,
    call: (r) => decideCompletionAction({ requestId: r.id, version: r.version, decision: "refuse", note: "材料不全" }),
  }),
  row({
    action: "evidence download (submitted report)",
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong"],
    prepare: () => fileOfReport("submitted"),
    call: (file) => download(file.id),
  }),
  row({
    action: "evidence download (draft report: own department only)",
    allowed: ["kjj"],
    prepare: () => fileOfReport("draft"),
    call: (file) => download(file.id),
  }),
  row({
    // Who may open the notice: the addressed department and the readers of every notice (the notice page's rule).
    action: "evidence download (notice response)",
    allowed: ["admin", "secretariat", "supervisor", "leader", "swj"],
    prepare: fileOfNoticeResponse,
    call: (file) => download(file.id),
  }),
  row({
    action: "evidence download (completion material)",
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong"],
    prepare: fileOfCompletion,
    call: (file) => download(file.id),
  }),
  row({
    action: "notifications.markRead (own)",
    // Marking one's own notifications read is personal, not plan data: the auditor too.
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong", "auditor"],
    prepare: async () => {
      const rows = await db.select({ id: users.id }).from(users);
      await db.insert(notifications).values(rows.map((u) => ({ userId: u.id, kind: "test", title: "矩阵测试通知" })));
    },
    call: () => markNotificationsReadAction({}),
  }),
]);
