import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { PlanReadError, readPlanFile } from "./readers/read-plan-file";
import { zerosDeflated, zipOf } from "./readers/zip-test-helpers";

const MB = 1024 * 1024;

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

describe("importer resource limits", () => {
  it("refuses a 10 MB .docx that expands to 2 GB within 2 s, without the memory to inflate it", async () => {
    // 8 MB of incompressible "pictures" (stored) make the upload 10 MB; document.xml inflates to 2 GB (1 GB declared × 2 entries).
    const picture = randomBytes(8 * MB);
    const bomb = zipOf([
      { name: "[Content_Types].xml", method: 0, data: CONTENT_TYPES, declaredSize: CONTENT_TYPES.length },
      { name: "word/media/image1.png", method: 0, data: picture, declaredSize: picture.length },
      { name: "word/document.xml", method: 8, data: zerosDeflated(1024), declaredSize: 1024 * MB },
      { name: "word/glossary.xml", method: 8, data: zerosDeflated(1024), declaredSize: 1024 * MB },
    ]);
    expect(bomb.length).toBeGreaterThan(9 * MB);
    expect(bomb.length).toBeLessThan(11 * MB);

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await readPlanFile(bomb, "行动计划.docx").catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;

    expect(error).toBeInstanceOf(PlanReadError);
    expect(error).toMatchObject({ code: "too_large" });
    expect((error as Error).message).toMatch(/行动计划\.docx.*解压后约 2056 MB,超过 50 MB 的上限/);
    expect(elapsed).toBeLessThan(2000);
    expect(grown).toBeLessThan(200 * MB);
  });

  it("refuses a .docx whose entry inflates to more than its declared size, reading at most that much", async () => {
    const liar = zipOf([
      { name: "[Content_Types].xml", method: 0, data: CONTENT_TYPES, declaredSize: CONTENT_TYPES.length },
      { name: "word/document.xml", method: 8, data: zerosDeflated(512), declaredSize: 1000 },
    ]);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await expect(readPlanFile(liar, "计划.docx")).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringMatching(/实际内容大于其声明的大小/),
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * MB);
  });

  it("caps the pages of a PDF and says how many it has", async () => {
    const pdf = readFileSync(path.join(import.meta.dirname, "fixtures", "plan-sample.pdf"));
    await expect(readPlanFile(pdf, "方案.pdf", { maxPages: 1 })).rejects.toMatchObject({
      code: "too_many_pages",
      message: "PDF“方案.pdf”共 2 页,超过 1 页的上限。请只上传计划正文部分",
    });
    expect((await readPlanFile(pdf, "方案.pdf")).text).toContain("某市物流业发展行动方案");
  });

  it("caps the extracted text of every format", async () => {
    const long = "一、主要任务\n" + "建设物流枢纽。".repeat(150_000);
    await expect(readPlanFile(Buffer.from(long, "utf8"), "长文.txt")).rejects.toMatchObject({
      code: "too_long",
      message: "文件“长文.txt”的文字超过 100 万字,超出一份计划的合理篇幅。请拆分后再上传",
    });
    const pdf = readFileSync(path.join(import.meta.dirname, "fixtures", "plan-sample.pdf"));
    await expect(readPlanFile(pdf, "方案.pdf", { maxTextChars: 20 })).rejects.toMatchObject({ code: "too_long" });
    const zip = new JSZip();
    zip.file("[Content_Types].xml", CONTENT_TYPES);
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${"任务".repeat(100)}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const docx = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await expect(readPlanFile(docx, "方案.docx", { maxTextChars: 50 })).rejects.toMatchObject({ code: "too_long" });
  });

  it("stops a parse that runs past its time limit, and the next file still reads", async () => {
    const pdf = readFileSync(path.join(import.meta.dirname, "fixtures", "plan-sample.pdf"));
    await expect(readPlanFile(pdf, "慢.pdf", { timeoutMs: 1 })).rejects.toMatchObject({
      code: "timeout",
      message: expect.stringMatching(/^读取文件“慢\.pdf”超过 \d+ 秒仍未完成,已停止/),
    });
    expect((await readPlanFile(pdf, "方案.pdf")).text).toContain("建设物流枢纽");
  });
});
