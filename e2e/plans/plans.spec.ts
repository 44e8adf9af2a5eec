import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划(2023—2025年)";

function smallPlan() {
  const title = `长沙市数字测试${Date.now()}行动计划(2024—2025年)`;
  const text = [
    title,
    "一、主要任务",
    "(一)推进数据开放。力争到2025年,公共数据开放率达90%以上。(责任单位:市科技局、市商务局、市数据资源局)",
    "(二)加强协同联动。2024年底前完成首批场景建设。(责任单位:市发改委、各区县市人民政府)",
  ].join("\n");
  return { title, text };
}

test.describe("plans", () => {
  test("secretariat imports pasted text, fixes an unknown unit, saves, publishes and sees the tree", async ({
    browser,
  }) => {
    const page = await pageAs(browser, "secretariat");
    const { title, text } = smallPlan();
    await page.goto("/plans");
    await page.getByRole("link", { name: "导入计划" }).click();
    await page.getByLabel("粘贴计划全文").fill(text);
    await page.getByRole("button", { name: "解析预览" }).click();

    await expect(page.getByRole("heading", { name: "预览与更正" })).toBeVisible();
    const first = page.getByTestId("draft-item-一(一)");
    await expect(first.getByRole("combobox", { name: "市科技局的角色" })).toHaveValue("lead");
    await expect(first.getByText("公共数据开放率 ≥ 90%")).toBeVisible();
    await expect(page.getByLabel("一(二) 完成时限")).toHaveValue("2024-12-31");
    await expect(page.getByRole("region", { name: /需要核对的问题/ })).toContainText("市数据资源局");
    await expect(first.getByText("不在单位目录中", { exact: true })).toBeVisible();

    await first.getByRole("combobox", { name: "“市数据资源局”对应的单位" }).selectOption({ label: "市工业和信息化局" });
    await first.getByRole("button", { name: "确认对应" }).click();
    await expect(first.getByText("不在单位目录中", { exact: true })).toHaveCount(0);
    await expect(first.getByText("来自“市数据资源局”")).toBeVisible();
    await page.getByLabel("一(一) 标题").fill("推进公共数据开放");

    await page.getByRole("button", { name: "保存为草稿" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByTestId("plan-status")).toHaveText("草稿");
    await page.getByRole("button", { name: "修改" }).nth(1).click();
    await page.getByLabel("(二) 完成时限").fill("2025-06-30");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("完成时限:2025-06-30")).toBeVisible();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "发布计划" }).click();
    await expect(page.getByTestId("plan-status")).toHaveText("已发布");

    const section = page.getByRole("region", { name: "主要任务" });
    await expect(section.getByRole("link", { name: "推进公共数据开放" })).toBeVisible();
    await expect(section.getByText("牵头 市科技局")).toBeVisible();
    await expect(section.getByText("市工业和信息化局")).toBeVisible();
    await expect(section.getByText("2025-06-30")).toBeVisible();
    await expect(section.getByRole("button", { name: "修改" })).toHaveCount(0);
  });

  test("a liaison on a phone reads the seed plan tree, an item and the matrix filtered to 市科技局", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const { signInByApi } = await import("../fixtures/auth");
    await signInByApi(context, "kjj");
    const page = await context.newPage();
    await page.goto("/plans");
    await expect(page.getByRole("link", { name: "导入计划" })).toHaveCount(0);
    await page.getByRole("link", { name: SEED_TITLE }).click();
    const tasks = page.getByRole("region", { name: "主要任务" });
    await expect(tasks.getByRole("link", { name: "强化便利高效的物流服务" })).toBeVisible();
    await expect(tasks.getByText("牵头 市政府物流口岸办")).toBeVisible();

    await tasks.getByRole("link", { name: "强化创新驱动的科技服务" }).click();
    await expect(page.getByRole("heading", { name: /强化创新驱动的科技服务/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "牵头单位" })).toContainText("市科技局");
    await expect(page.getByRole("list", { name: "配合单位" })).toContainText("芙蓉区人民政府");
    await expect(page.getByText("来自“各区县市人民政府”").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "技术合同成交额占GDP比重" })).toBeVisible();

    await page.goBack();
    await page.getByRole("link", { name: "责任矩阵" }).click();
    await page.getByLabel("按单位筛选").selectOption({ label: "市科技局" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/department=\d+/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      await expect(rows.nth(i).getByRole("cell", { name: /^市科技局 / })).toHaveCount(1);
    }
    await expect(page.getByRole("rowheader", { name: /加强统筹协调/ })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "市科技局 牵头" })).toHaveText("牵");
    // The table scrolls inside its wrapper; the page itself does not widen past the phone.
    const scroll = page.getByTestId("matrix-scroll");
    expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  });

  test("a liaison opening the import page gets the no-permission page", async ({ browser }) => {
    const page = await pageAs(browser, "kjj");
    const response = await page.goto("/plans/import");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByLabel("粘贴计划全文")).toHaveCount(0);
  });
});
