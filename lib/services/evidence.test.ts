import JSZip from "jszip";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, getConnection } from "@/db";
import { completionRequests, evidenceFiles, fileBlobs, progressReports } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { snapshotData } from "@/lib/test/snapshot";
import {
  attachEvidence,
  contentDisposition,
  getEvidenceForDownload,
  listEvidence,
  validateEvidenceFile,
} from "./evidence";

const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
  0, 0,
]);
const EXE_BYTES = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  0,
  0,
  ...new Array(64).fill(0),
]);

async function officeZip(kind: "word" | "xl"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
  zip.file(kind === "word" ? "word/document.xml" : "xl/workbook.xml", "<x/>");
  return zip.generateAsync({ type: "uint8array" });
}

describe("evidence files", () => {
  beforeAll(setupTestDatabase);

  it("accepts real pdf, png, docx, xlsx and zip files and names their type", async () => {
    expect((await validateEvidenceFile({ name: "总结.pdf", bytes: PDF_BYTES })).ext).toBe("pdf");
    expect((await validateEvidenceFile({ name: "照片.PNG", bytes: PNG_BYTES })).ext).toBe("png");
    expect((await validateEvidenceFile({ name: "报告.docx", bytes: await officeZip("word") })).ext).toBe("docx");
    expect((await validateEvidenceFile({ name: "台账.xlsx", bytes: await officeZip("xl") })).ext).toBe("xlsx");
    const plain = new JSZip();
    plain.file("a.txt", "hello");
    expect(
      (await validateEvidenceFile({ name: "附件.zip", bytes: await plain.generateAsync({ type: "uint8array" }) })).ext,
    ).toBe("zip");
  });

  it("refuses an .exe renamed to .pdf, a 25 MB file, an empty file and a docx named .xlsx", async () => {
    await expect(validateEvidenceFile({ name: "病毒.pdf", bytes: EXE_BYTES })).rejects.toThrow(/内容与扩展名不符/);
    const big = new Uint8Array(25 * 1024 * 1024);
    big.set(PDF_BYTES);
    await expect(validateEvidenceFile({ name: "大文件.pdf", bytes: big })).rejects.toThrow(/超过 20 MB/);
    await expect(validateEvidenceFile({ name: "空.pdf", bytes: new Uint8Array() })).rejects.toThrow(/空的/);
    await expect(validateEvidenceFile({ name: "表.xlsx", bytes: await officeZip("word") })).rejects.toThrow(/不符/);
    await expect(validateEvidenceFile({ name: "程序.exe", bytes: EXE_BYTES })).rejects.toThrow(/不受支持/);
  });

  it("stores content once by hash, keeps the Chinese name, and writes no row when one file is bad", async () => {
    const { items } = await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });
    const actor = (await actAs("kjj"))!;
    // A real request: files of an owner that does not exist are never served.
    const [request] = await db
      .insert(completionRequests)
      .values({
        workItemId: items[0]!.id,
        departmentId: await departmentId("市科技局"),
        summary: "已完成",
        requestedBy: actor.id,
      })
      .returning();
    const rows = await db.transaction((tx) =>
      attachEvidence(tx, {
        actor,
        workItemId: items[0]!.id,
        ownerType: "completion_request",
        ownerId: request!.id,
        files: [
          { name: "长沙市科技局工作总结.pdf", bytes: PDF_BYTES },
          { name: "副本.pdf", bytes: PDF_BYTES },
        ],
      }),
    );
    expect(rows.map((r) => r.filename)).toEqual(["长沙市科技局工作总结.pdf", "副本.pdf"]);
    const blobs = await db
      .select({ sha: fileBlobs.sha256 })
      .from(fileBlobs)
      .where(eq(fileBlobs.sha256, rows[0]!.sha256));
    expect(blobs).toHaveLength(1);
    expect(rows[1]!.sha256).toBe(rows[0]!.sha256);

    const listed = await listEvidence({ actor, ownerType: "completion_request", ownerIds: [request!.id] });
    expect(listed.map((r) => r.filename)).toEqual(["长沙市科技局工作总结.pdf", "副本.pdf"]);
    const download = await getEvidenceForDownload({ actor, id: rows[0]!.id });
    expect(Buffer.from(download.content).toString("latin1")).toContain("%PDF-1.4");

    const before = await snapshotData();
    await expect(
      db.transaction((tx) =>
        attachEvidence(tx, {
          actor,
          workItemId: items[0]!.id,
          ownerType: "completion_request",
          ownerId: 999002,
          files: [
            { name: "好的.pdf", bytes: PDF_BYTES },
            { name: "坏的.pdf", bytes: EXE_BYTES },
          ],
        }),
      ),
    ).rejects.toThrow(/坏的\.pdf/);
    expect(await snapshotData()).toEqual(before);
    expect(await db.select().from(evidenceFiles).where(eq(evidenceFiles.ownerId, 999002))).toHaveLength(0);
  });

  it("lists the files of many reports in a fixed number of queries, still hiding other departments' drafts", async () => {
    const { items } = await createTestPlan({
      items: Array.from({ length: 6 }, () => ({ lead: ["市科技局"], status: "dispatched" as const })),
    });
    const kjj = (await actAs("kjj"))!;
    const dept = await departmentId("市科技局");
    const reports = await db
      .insert(progressReports)
      .values(
        items.map((item, i) => ({
          workItemId: item.id,
          departmentId: dept,
          period: "2024-03",
          status: i === 0 ? ("draft" as const) : ("submitted" as const),
        })),
      )
      .returning();
    for (const [i, report] of reports.entries()) {
      await db.transaction((tx) =>
        attachEvidence(tx, {
          actor: kjj,
          workItemId: report.workItemId,
          ownerType: "progress_report",
          ownerId: report.id,
          files: [{ name: `材料${i}.pdf`, bytes: PDF_BYTES }],
        }),
      );
    }
    const secretariat = (await actAs("secretariat"))!;
    const selects = vi.spyOn(getConnection().db, "select");
    try {
      const listed = await listEvidence({
        actor: secretariat,
        ownerType: "progress_report",
        ownerIds: reports.map((r) => r.id),
      });
      expect(listed.map((f) => f.filename)).toEqual(["材料1.pdf", "材料2.pdf", "材料3.pdf", "材料4.pdf", "材料5.pdf"]);
      expect(selects.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      selects.mockRestore();
    }
    expect(
      (await listEvidence({ actor: kjj, ownerType: "progress_report", ownerIds: reports.map((r) => r.id) })).map(
        (f) => f.filename,
      ),
    ).toContain("材料0.pdf");
  });

  it("builds a download header that keeps the Chinese file name", () => {
    const header = contentDisposition("工作总结(终稿).pdf");
    expect(header).toContain("filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93");
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("工作总结(终稿).pdf");
  });
});
