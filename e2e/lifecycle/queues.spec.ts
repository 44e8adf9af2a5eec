import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { openSeedItem } from "../fixtures/seed-plan";

/** The liaison's and the secretariat's queues: on a phone, and 待交办 dispatching a ticked item. */
test.describe("work queues (我的任务, 审核, 待交办)", () => {
  test("the inbox, the review queue and the dispatch form fit a 375 px phone screen", async ({ browser }) => {
    const fits = async (page: Page) =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const kjj = await pageAs(browser, "kjj");
    await kjj.setViewportSize({ width: 375, height: 800 });
    await kjj.goto("/inbox?tab=toReport");
    await expect(kjj.getByRole("heading", { name: "我的任务" })).toBeVisible();
    await fits(kjj);
    const secretariat = await pageAs(browser, "secretariat");
    await secretariat.setViewportSize({ width: 375, height: 800 });
    await secretariat.goto("/review");
    await expect(secretariat.getByRole("heading", { name: "审核", exact: true })).toBeVisible();
    await fits(secretariat);
    await openSeedItem(secretariat, "主要任务", "强化便利高效的物流服务");
    await expect(secretariat.getByRole("form", { name: "交办" })).toBeVisible();
    await fits(secretariat);
  });

  test("the secretariat dispatches a ticked item from 待交办 with a quarterly cycle", async ({ browser }) => {
    const ITEM = "强化近悦远来的人力资源服务";
    const secretariat = await pageAs(browser, "secretariat");
    await secretariat.goto("/review");
    const form = secretariat.getByRole("form", { name: "批量交办" });
    await form.getByRole("button", { name: /交办所选 0 项/ }).click();
    await expect(form.getByText("请选择要交办的任务")).toBeVisible();
    await form.getByRole("checkbox", { name: new RegExp(ITEM) }).check();
    await form.getByLabel("填报周期").selectOption({ label: "每季度" });
    await form.getByRole("button", { name: "交办所选 1 项" }).click();
    await expect(form.getByText("请填写完成时限")).toBeVisible();
    await form.getByLabel("完成时限").fill("2026-12-31");
    await form.getByRole("button", { name: "交办所选 1 项" }).click();
    await expect(form.getByRole("status")).toContainText("已交办 1 项任务");
    await expect(form.getByRole("checkbox", { name: new RegExp(ITEM) })).toHaveCount(0);
    await openSeedItem(secretariat, "主要任务", ITEM);
    await expect(secretariat.getByTestId("dispatch-info")).toContainText("每季度填报");
  });
});
