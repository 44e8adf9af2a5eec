import { expect, test } from "@playwright/test";
import { signInByApi } from "../fixtures/auth";

test.describe("import preview: source check", () => {
  test("on a phone, pointing at a unit and a deadline highlights their words; the uncertain item is listed first", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await signInByApi(context, "secretariat");
    const page = await context.newPage();
    const text = [
      `长沙市来源核对测试${Date.now()}行动计划(2024—2025年)`,
      "一、主要任务",
      "(一)推进数据开放。2024年底前完成首批场景建设。(责任单位:市科技局、市商务局)",
      "(二)培育新业态。",
    ].join("\n");
    await page.goto("/plans/import");
    await page.getByLabel("粘贴计划全文").fill(text);
    await page.getByRole("button", { name: "解析预览" }).click();

    const review = page.getByRole("region", { name: "来源核对" });
    const items = review.getByRole("list", { name: "事项与来源" }).getByRole("listitem");
    await expect(items.first()).toContainText("一(二) 培育新业态");
    await expect(items.first()).toContainText("未列明责任单位");
    await expect(items.nth(1)).toContainText("一(一) 推进数据开放");

    await review.getByRole("button", { name: "牵头 市科技局" }).click();
    await expect(page.getByTestId("source-highlight")).toHaveText("市科技局");
    await review.getByRole("button", { name: "完成时限 2024-12-31" }).click();
    await expect(page.getByTestId("source-highlight")).toHaveText("2024年底前");
    await expect(review.getByRole("region", { name: "原文" }).or(review.getByLabel("原文"))).toContainText(
      "培育新业态",
    );

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
