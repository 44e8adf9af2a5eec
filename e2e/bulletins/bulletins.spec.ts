import { readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { pageAs } from "../fixtures/auth";

const GOOD_PRACTICE = `市科技局建立周调度机制-${Date.now()}`;

test.describe("督查通报", () => {
  test("the secretariat generates the month's bulletin, edits the good practice and publishes; a liaison reads it and downloads the .docx and the PDF", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const secretariat = await pageAs(browser, "secretariat");
    await secretariat.goto("/scores");
    await secretariat.getByRole("link", { name: "督查通报" }).click();
    await expect(secretariat.getByRole("heading", { name: "督查通报", level: 1 })).toBeVisible();
    const generate = secretariat.getByRole("form", { name: "生成督查通报" });
    await generate.getByLabel("通报期").selectOption({ label: "2026年3月" });
    await generate.getByRole("button", { name: "生成草稿" }).click();
    await expect(secretariat).toHaveURL(/\/bulletins\/\d+$/, { timeout: 60_000 });
    const heading = secretariat.getByRole("heading", { level: 1 });
    await expect(heading).toContainText(/〔2026〕第\d+期 2026年3月督查通报/);
    const number = /〔2026〕第\d+期/.exec((await heading.textContent()) ?? "")![0];
    const url = secretariat.url();
    await expect(secretariat.getByRole("heading", { name: "二、量化考核排名" })).toBeVisible();

    // A liaison does not see the draft.
    const liaison = await pageAs(browser, "kjj");
    expect((await liaison.goto(url))?.status()).toBe(404);

    const edit = secretariat.getByRole("form", { name: "修改通报" });
    await edit.getByLabel("好的做法").fill(GOOD_PRACTICE);
    await edit.getByRole("button", { name: "保存修改" }).click();
    await expect(edit.getByText("已保存")).toBeVisible();
    await expect(secretariat.getByText(GOOD_PRACTICE, { exact: true })).toBeVisible();

    secretariat.once("dialog", (dialog) => void dialog.accept());
    await secretariat.getByRole("button", { name: "发布通报" }).click();
    await expect(secretariat.getByText(/发布$/)).toBeVisible();
    await expect(secretariat.getByRole("form", { name: "修改通报" })).toHaveCount(0);

    await liaison.goto("/bulletins");
    await liaison.getByRole("link", { name: "2026年3月督查通报" }).first().click();
    await expect(liaison.getByRole("heading", { level: 1 })).toContainText(number);
    await expect(liaison.getByText(GOOD_PRACTICE, { exact: true })).toBeVisible();
    await expect(liaison.getByRole("button", { name: "发布通报" })).toHaveCount(0);

    const docxDownload = liaison.waitForEvent("download");
    await liaison.getByRole("link", { name: "下载 Word(.docx)" }).click();
    const docx = await docxDownload;
    expect(docx.suggestedFilename()).toBe(`督查通报${number}.docx`);
    const docxPath = await docx.path();
    expect(statSync(docxPath).size).toBeGreaterThan(5_000);
    const xml = await (await JSZip.loadAsync(readFileSync(docxPath))).file("word/document.xml")!.async("string");
    expect(xml).toContain(number);
    expect(xml).toContain(GOOD_PRACTICE);

    const pdfDownload = liaison.waitForEvent("download");
    await liaison.getByRole("link", { name: "下载 PDF" }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`督查通报${number}.pdf`);
    const pdfBytes = readFileSync(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfBytes.length).toBeGreaterThan(10_000);
  });
});
