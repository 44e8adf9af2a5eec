import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { previewImportAction } from "@/lib/actions/plans";
import { zerosDeflated, zipOf } from "@/lib/plan-import/readers/zip-test-helpers";
import { actAs } from "@/lib/test/session";
import { previewImport } from "./plan-import";

/** A .docx whose document.xml (honestly) unpacks to 60 MB of zeros: over the 50 MB limit. */
function oversizedDocx(): Buffer {
  const types = Buffer.from('<?xml version="1.0"?><Types/>');
  return zipOf([
    { name: "[Content_Types].xml", method: 0, data: types, declaredSize: types.length },
    { name: "word/document.xml", method: 8, data: zerosDeflated(60), declaredSize: 60 * 1024 * 1024 },
  ]);
}

describe("import page: refused files", () => {
  beforeAll(setupTestDatabase);

  it("tells the secretariat in Chinese, on the file field, why an oversized .docx was not read", async () => {
    await actAs("secretariat");
    const bytes = oversizedDocx();
    const result = await previewImportAction({ fileBase64: bytes.toString("base64"), filename: "计划.docx" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.file?.[0]).toBe(
      "文件“计划.docx”解压后约 60 MB,超过 50 MB 的上限(可能是压缩炸弹或内嵌了大量图片),已拒绝读取。请删除图片或拆分后再上传",
    );
  });

  it("says the same in English to a reader who chose English", async () => {
    const actor = (await actAs("secretariat"))!;
    const error = await previewImport({
      actor,
      file: { bytes: oversizedDocx(), filename: "plan.docx" },
      locale: "en",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "validation",
      message:
        "“plan.docx” would unpack to about 60 MB, more than the 50 MB limit (a zip bomb, or many embedded pictures), so it was not read. Remove the pictures or split the document, then upload it again",
    });
  });
});
