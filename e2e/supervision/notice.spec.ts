import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划";
const ITEM = "强化创新驱动的科技服务";
const REASON = "科技服务平台建设进度滞后,请说明原因并提出整改措施";
const RESPONSE = "已召开专题推进会,平台将于下月上线";

/** Opens 主要任务(一) of the seed plan and returns its URL. */
async function openItem(page: Page): Promise<string> {
  await page.goto("/plans");
  await page.getByRole("link", { name: new RegExp(SEED_TITLE) }).first().click();
  await page.getByRole("region", { name: "主要任务" }).getByRole("link", { name: new RegExp(ITEM) }).first().click();
  await expect(page.getByRole("heading", { name: new RegExp(ITEM) })).toBeVisible();
  return page.url();
}

test.describe("supervision notices (督办单)", () => {
  test("a supervisor issues a 督办 notice, the liaison answers, the supervisor closes it; timeline and audit viewer show every step", async ({ browser }) => {
    const secretariat = await pageAs(browser, "secretariat");
    const supervisor = await pageAs(browser, "supervisor");
    const kjj = await pageAs(browser, "kjj");
    let itemUrl = "";

    await test.step("the item is dispatched (unless another spec already did)", async () => {
      itemUrl = await openItem(secretariat);
      const dispatch = secretariat.getByRole("form", { name: "交办" });
      if (await dispatch.isVisible()) {
        await dispatch.getByLabel("完成时限").fill("2027-12-31");
        await dispatch.getByRole("button", { name: "交办" }).click();
        await expect(secretariat.getByTestId("dispatch-info")).toContainText("已于");
      }
    });

    let noticeUrl = "";
    await test.step("the supervisor issues a 督办 notice to 市科技局, due in 5 working days", async () => {
      await supervisor.goto(itemUrl);
      const panel = supervisor.getByRole("region", { name: "督办单" });
      await panel.locator("summary", { hasText: "发督办单" }).click();
      const form = panel.getByRole("form", { name: "发督办单" });
      await form.getByLabel("责任单位").selectOption({ label: "市科技局" });
      await form.getByLabel("督办", { exact: true }).check();
      await form.getByLabel("督办事由").fill(REASON);
      await form.getByRole("spinbutton", { name: "工作日内答复" }).fill("5");
      await form.getByRole("button", { name: "发出" }).click();
      await expect(panel.getByRole("status")).toContainText("督办单已发出");
      await expect(panel.getByRole("row", { name: /市科技局/ })).toContainText("待答复");
      await panel.getByRole("row", { name: /市科技局/ }).getByRole("link").first().click();
      await expect(supervisor.getByText(REASON)).toBeVisible();
      noticeUrl = supervisor.url();
    });

    await test.step("the liaison of 市科技局 sees the notice and answers it", async () => {
      await kjj.goto("/notices");
      const row = kjj.getByRole("row", { name: new RegExp(ITEM) }).first();
      await expect(row).toContainText("督办");
      await expect(row).toContainText("待答复");
      await row.getByRole("link").first().click();
      const form = kjj.getByRole("form", { name: "答复督办单" });
      await form.getByLabel("答复内容").fill(RESPONSE);
      await form.getByRole("button", { name: "提交答复" }).click();
      await expect(kjj.getByRole("heading", { level: 1 })).toContainText("已答复");
      await expect(kjj.getByText(RESPONSE)).toBeVisible();
      await expect(kjj.getByRole("button", { name: "办结" })).toHaveCount(0);
    });

    await test.step("the supervisor closes it and can print it", async () => {
      await supervisor.goto(noticeUrl);
      await expect(supervisor.getByText(RESPONSE)).toBeVisible();
      supervisor.once("dialog", (dialog) => dialog.accept());
      await supervisor.getByRole("button", { name: "办结" }).click();
      await expect(supervisor.getByRole("heading", { level: 1 })).toContainText("已办结");
      await supervisor.getByRole("link", { name: "打印督办单" }).click();
      await expect(supervisor.getByRole("heading", { name: /督\s*办\s*单/ })).toBeVisible();
      await expect(supervisor.getByRole("cell", { name: REASON })).toBeVisible();
    });

    await test.step("the item timeline and the audit viewer show issue, answer and close", async () => {
      await supervisor.goto(itemUrl);
      const timeline = supervisor.getByTestId("timeline");
      for (const step of ["发出督办单", "答复督办单", "办结督办单"]) await expect(timeline).toContainText(step);
      const itemId = /\/items\/(\d+)/.exec(itemUrl)![1]!;
      await supervisor.goto(noticeUrl);
      await supervisor.getByRole("link", { name: "操作记录" }).click();
      await expect(supervisor.getByLabel("事项", { exact: true })).toHaveValue(itemId);
      await supervisor.getByLabel("操作", { exact: true }).selectOption({ label: "答复督办单" });
      await supervisor.getByRole("button", { name: "筛选" }).click();
      const rows = supervisor.getByTestId("audit-row");
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("open");
      await expect(rows.first()).toContainText("responded");
      await supervisor.getByLabel("操作", { exact: true }).selectOption({ label: "全部" });
      await supervisor.getByRole("button", { name: "筛选" }).click();
      for (const step of ["发出督办单", "答复督办单", "办结督办单"]) await expect(supervisor.getByRole("cell", { name: new RegExp(step) }).first()).toBeVisible();
    });
  });

  test("a liaison sees no issue form on an item and is refused the admin outbox", async ({ browser }) => {
    const furong = await pageAs(browser, "furong");
    await openItem(furong);
    await expect(furong.locator("summary", { hasText: "发督办单" })).toHaveCount(0);
    await furong.goto("/admin/outbox");
    await expect(furong.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });
});
