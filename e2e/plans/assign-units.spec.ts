import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { publishPlanText } from "../fixtures/publish-plan";

/** A plan whose 保障措施 item names no unit, as the Changsha plan's do. */
function planWithMeasure() {
  const title = `长沙市保障测试${Date.now()}行动计划(2026—2027年)`;
  const text = [
    title,
    "一、主要任务",
    "(一)推进数据开放。2026年底前完成首批场景建设。(责任单位:市科技局、市商务局)",
    "二、保障措施",
    "(一)加强组织领导。建立推进机制,定期调度重点任务进展。",
  ].join("\n");
  return { title, text };
}

test("the secretariat assigns units to a published measure item that has none, then dispatches it", async ({
  browser,
}) => {
  const page = await pageAs(browser, "secretariat");
  const { title, text } = planWithMeasure();
  await publishPlanText(page, text, title);

  await page.getByRole("region", { name: "保障措施" }).getByRole("link", { name: "加强组织领导" }).click();
  await expect(page).toHaveURL(/\/items\/\d+$/);
  const itemPath = new URL(page.url()).pathname;
  // The secretariat's list of items waiting for dispatch says why it cannot be ticked, and leads here.
  await page.goto("/review");
  // The list pages 50 items at a time, oldest plan first: follow it to the new plan's page.
  const link = page.locator(`a[href="${itemPath}"]`, { hasText: "去指定责任单位" });
  const pending = page.getByRole("region", { name: /待交办任务/ });
  for (let i = 0; i < 20 && (await link.count()) === 0; i++) {
    await pending.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(new RegExp(`pending=${i + 2}`));
  }
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${itemPath}$`));
  const assign = page.getByTestId("assign-units");
  await expect(page.getByText("该事项还没有责任单位")).toBeVisible();
  // Nothing to dispatch yet: the form asks for units first.
  await expect(page.getByRole("button", { name: "交办", exact: true })).toHaveCount(0);

  await assign.getByRole("button", { name: "保存责任单位" }).click();
  await expect(assign.getByLabel("牵头单位")).toHaveAttribute("aria-invalid", "true");
  await expect(assign.locator("p", { hasText: "请选择牵头单位" })).toBeVisible();

  await assign.getByLabel("牵头单位").selectOption({ label: "市发展改革委" });
  await assign.getByLabel("按名称筛选单位").fill("不存在的单位");
  await expect(assign.getByText("没有名称包含该文字的单位")).toBeVisible();
  await assign.getByLabel("按名称筛选单位").fill("工业");
  await assign.getByRole("checkbox", { name: "市工业和信息化局" }).check();
  await expect(assign.getByRole("checkbox", { name: "市科技局" })).toBeHidden();
  await assign.getByLabel("按名称筛选单位").fill("");
  await assign.getByRole("checkbox", { name: "市科技局" }).check();
  await assign.getByRole("button", { name: "保存责任单位" }).click();
  await expect(page.getByRole("status")).toContainText("责任单位已保存:市发展改革委、市科技局、市工业和信息化局");
  await expect(page.getByRole("list", { name: "牵头单位" })).toContainText("市发展改革委");
  await expect(page.getByRole("list", { name: "配合单位" })).toContainText("市工业和信息化局");

  const dispatch = page.getByRole("region", { name: "交办" });
  await dispatch.getByLabel("完成时限", { exact: true }).fill("2026-12-31");
  await dispatch.getByRole("button", { name: "交办", exact: true }).click();
  await expect(page.getByTestId("dispatch-info")).toBeVisible();
  // Once dispatched, units are no longer changed here.
  await expect(page.getByTestId("assign-units")).toHaveCount(0);

  // The audit trail names the change and the units in Chinese.
  await page.goto("/audit");
  const row = page.getByRole("row", { name: /王秘书 指定责任单位 事项 \(一\) 加强组织领导/ }).first();
  await expect(row).toContainText("责任单位:市发展改革委、市科技局、市工业和信息化局");
});
