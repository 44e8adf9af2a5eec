import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划";
const ITEM = "强化创新驱动的科技服务";

/** Opens 主要任务(一) of the seed plan and returns its URL. */
async function openItem(page: Page): Promise<string> {
  await page.goto("/plans");
  await page
    .getByRole("link", { name: new RegExp(SEED_TITLE) })
    .first()
    .click();
  await page
    .getByRole("region", { name: "主要任务" })
    .getByRole("link", { name: new RegExp(ITEM) })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: new RegExp(ITEM) })).toBeVisible();
  return page.url();
}

// The notice flow on 主要任务(一) (issue, answer, close, timeline, audit viewer) runs inside the one
// lifecycle scenario in e2e/lifecycle: a notice is only issued while the item is dispatched, before 办结.
test.describe("supervision notices (督办单)", () => {
  test("a liaison sees no issue form on an item and is refused the admin outbox", async ({ browser }) => {
    const furong = await pageAs(browser, "furong");
    await openItem(furong);
    await expect(furong.locator("summary", { hasText: "发督办单" })).toHaveCount(0);
    await furong.goto("/admin/outbox");
    await expect(furong.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });
});
