import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as downloadFile } from "@/app/api/files/[id]/route";
import { db } from "@/db";
import { completionRequests, evidenceFiles, users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { AppError } from "@/lib/errors";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { attachEvidence, getEvidenceForDownload, listEvidence } from "./evidence";

const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const download = (id: number) =>
  downloadFile(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id: String(id) }) });

async function userId(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

/** 市商务局 answers a notice addressed to it with a PDF, on an item 市科技局 leads. */
async function noticeResponseFile() {
  const { items } = await createTestPlan({
    items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
  });
  await actAs("supervisor");
  const issued = await issueNoticeAction({
    workItemId: items[0]!.id,
    departmentId: await departmentId("市商务局"),
    level: "supervise",
    reason: "配套政策未出台",
    deadlineMode: "date",
    respondBy: "2099-01-01",
  });
  if (!issued.ok) throw new Error(issued.error);
  await actAs("swj");
  const form = new FormData();
  form.set("noticeId", String(issued.data.id));
  form.set("version", "1");
  form.set("response", "已出台配套政策");
  form.append("files", new File([PDF_BYTES], "市商务局整改报告.pdf", { type: "application/pdf" }));
  const responded = await respondNoticeAction(form);
  if (!responded.ok) throw new Error(responded.error);
  const [file] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.ownerId, issued.data.id));
  expect(file).toMatchObject({ ownerType: "supervision_notice", filename: "市商务局整改报告.pdf" });
  return { noticeId: issued.data.id, file: file! };
}

async function completionFile(planStatus: "draft" | "published") {
  const { items } = await createTestPlan({
    status: planStatus,
    items: [{ lead: ["市科技局"], status: planStatus === "draft" ? "draft" : "dispatched" }],
  });
  const [request] = await db
    .insert(completionRequests)
    .values({
      workItemId: items[0]!.id,
      departmentId: await departmentId("市科技局"),
      summary: "已完成",
      requestedBy: await userId("kjj"),
    })
    .returning();
  const actor = (await actAs("kjj"))!;
  const [file] = await db.transaction((tx) =>
    attachEvidence(tx, {
      actor,
      workItemId: items[0]!.id,
      ownerType: "completion_request",
      ownerId: request!.id,
      files: [{ name: "办结材料.pdf", bytes: PDF_BYTES }],
    }),
  );
  return { requestId: request!.id, file: file! };
}

async function statusOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("evidence files follow the rule of the page that shows them", () => {
  beforeAll(setupTestDatabase);

  it("a notice response's attachment downloads only for those who may open that notice", async () => {
    const { noticeId, file } = await noticeResponseFile();
    for (const username of ["kjj", "furong"]) {
      const actor = (await actAs(username))!;
      expect(await statusOf(getEvidenceForDownload({ actor, id: file.id })), username).toBe("not_found");
      expect(await listEvidence({ actor, ownerType: "supervision_notice", ownerIds: [noticeId] })).toEqual([]);
      const response = await download(file.id);
      expect(response.status, username).toBe(404);
      expect(await response.text()).not.toContain("%PDF");
    }
    for (const username of ["swj", "supervisor", "secretariat"]) {
      await actAs(username);
      const response = await download(file.id);
      expect(response.status, username).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).toString("latin1")).toContain("%PDF-1.4");
    }
  });

  it("answers a forbidden file exactly like a missing one, so ids cannot be probed", async () => {
    const { file } = await noticeResponseFile();
    await actAs("kjj");
    const forbidden = await download(file.id);
    const missing = await download(file.id + 100000);
    expect(forbidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await forbidden.json()).toEqual(await missing.json());
  });

  it("completion evidence of an item in a draft plan is hidden from those who may not open the item", async () => {
    const draft = await completionFile("draft");
    await actAs("kjj");
    expect((await download(draft.file.id)).status).toBe(404);
    await actAs("secretariat");
    expect((await download(draft.file.id)).status).toBe(200);

    const published = await completionFile("published");
    for (const username of ["furong", "leader", "kjj"]) {
      await actAs(username);
      expect((await download(published.file.id)).status, username).toBe(200);
    }
  });

  it("a file whose owner record does not exist is not served", async () => {
    const { items } = await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });
    const actor = (await actAs("kjj"))!;
    const [orphan] = await db.transaction((tx) =>
      attachEvidence(tx, {
        actor,
        workItemId: items[0]!.id,
        ownerType: "supervision_notice",
        ownerId: 987654,
        files: [{ name: "无主.pdf", bytes: PDF_BYTES }],
      }),
    );
    await actAs("secretariat");
    expect((await download(orphan!.id)).status).toBe(404);
  });
});
