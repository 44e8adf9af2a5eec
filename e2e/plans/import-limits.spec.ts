import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { zerosDeflated, zipOf } from "../../lib/plan-import/readers/zip-test-helpers";
import { pageAs } from "../fixtures/auth";

const MB = 1024 * 1024;

test.describe("importing files within the server's limits", () => {
  test("a PDF is read (in the parsing worker) and a zip-bomb .docx is refused with a clear message", async ({
    browser,
  }) => {
    // Two uploads and two parses on a shared machine.
    test.setTimeout(120_000);
    const page = await pageAs(browser, "secretariat");
    await page.goto("/plans/import");

    // About 2 MB on disk, 2 GB unpacked.
    const types = Buffer.from('<?xml version="1.0"?><Types/>');
    const bomb = zipOf([
      { name: "[Content_Types].xml", method: 0, data: types, declaredSize: types.length },
      { name: "word/document.xml", method: 8, data: zerosDeflated(2047), declaredSize: 2047 * MB },
    ]);
    await page
      .getByLabel("计划文件")
      .setInputFiles({ name: "炸弹.docx", mimeType: "application/octet-stream", buffer: bomb });
    await page.getByRole("button", { name: "解析预览" }).click();
    await expect(page.getByText("文件“炸弹.docx”解压后约 2047 MB,超过 50 MB 的上限", { exact: false })).toBeVisible();

    const pdf = readFileSync(path.join(__dirname, "../../lib/plan-import/fixtures/plan-sample.pdf"));
    await page.getByLabel("计划文件").setInputFiles({ name: "方案.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "解析预览" }).click();
    await expect(page.getByRole("heading", { name: "预览与更正" })).toBeVisible();
    await expect(page.getByTestId("draft-item-一(一)")).toBeVisible();
  });
});
