import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { dispatchPastDue } from "../fixtures/dispatch";
import { publishPlanText } from "../fixtures/publish-plan";

test("the board's unit counts show the ten units with the most red and yellow items, every unit a click away", async ({
  browser,
}) => {
  // One task for two city units and every district government: more units than the table shows at first.
  const secretariat = await pageAs(browser, "secretariat");
  const title = `长沙市单位统计测试${Date.now()}行动计划(2025—2026年)`;
  const text = [
    title,
    "一、主要任务",
    "(一)推进场景开放。2025年底前完成首批场景建设。(责任单位:市发改委、市商务局、各区县市人民政府)",
  ].join("\n");
  await publishPlanText(secretariat, text, title);
  await secretariat
    .getByRole("region", { name: "主要任务" })
    .getByRole("link", { name: /推进场景开放/ })
    .click();
  await dispatchPastDue(secretariat, "2025-12-31");
  const units = 1 + (await secretariat.getByRole("list", { name: "配合单位" }).getByRole("listitem").count());
  expect(units).toBeGreaterThan(10);

  const supervisor = await pageAs(browser, "supervisor");
  await supervisor.goto("/board");
  const filters = supervisor.getByRole("form", { name: "筛选" });
  await filters.getByRole("combobox", { name: /^行动计划/ }).selectOption({ label: title });
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(supervisor).toHaveURL(/planId=\d+/);
  const counts = supervisor.getByRole("table", { name: /^各单位任务状态/ });
  await expect(counts).toContainText(`红灯、黄灯最多的 10 个单位(共 ${units} 个)`);
  await expect(counts.getByTestId("department-count")).toHaveCount(10);

  await counts.getByRole("link", { name: "显示全部" }).click();
  await expect(supervisor).toHaveURL(/units=all/);
  await expect(supervisor).toHaveURL(/planId=\d+/);
  await expect(counts.getByTestId("department-count")).toHaveCount(units);
  await expect(counts).toContainText(`全部 ${units} 个单位`);
  // The items under the filter are the same either way.
  await expect(supervisor.getByTestId("board-row")).toHaveCount(1);

  await counts.getByRole("link", { name: "只看前 10 个" }).click();
  await expect(supervisor).not.toHaveURL(/units=/);
  await expect(counts.getByTestId("department-count")).toHaveCount(10);
});
