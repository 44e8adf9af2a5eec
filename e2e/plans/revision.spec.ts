import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { publishPlanText } from "../fixtures/publish-plan";

/** A small published plan of its own, so the seed plan other specs read stays as it is. */
function plans() {
  const title = `长沙市修订测试${Date.now()}行动计划(2024—2025年)`;
  const lines = [
    title,
    "一、主要任务",
    "(一)推进数据开放。力争到2025年,公共数据开放率达90%以上。(责任单位:市科技局、市商务局)",
    "(二)加强协同联动。2024年底前完成首批场景建设。(责任单位:市发改委)",
    "(三)完善服务体系。2025年底前建成一批公共服务平台。(责任单位:市商务局)",
    "(四)强化人才支撑。2025年底前引进一批高层次人才。(责任单位:市科技局)",
  ];
  const revised = lines
    .filter((l) => !l.startsWith("(四)"))
    .join("\n")
    .replace("推进数据开放", "推进公共数据开放共享")
    .replace("(责任单位:市发改委)", "(责任单位:市发改委、市科技局)")
    .replace("2025年底前建成", "2024年底前建成");
  return { title, text: lines.join("\n"), revised };
}

test("secretariat imports a revised plan, sees its four changes, accepts them and sees the plan updated", async ({
  browser,
}) => {
  const page = await pageAs(browser, "secretariat");
  const { title, text, revised } = plans();
  await publishPlanText(page, text, title);

  await page.getByRole("link", { name: "导入修订版" }).click();
  await page.getByLabel("粘贴计划全文").fill(revised);
  await page.getByRole("button", { name: "解析预览" }).click();
  await expect(page.getByRole("heading", { name: /共有 4 处修改/ })).toBeVisible();
  const boxes = page.getByRole("checkbox", { name: /^接受:/ });
  await expect(boxes).toHaveCount(4);
  await expect(page.getByRole("checkbox", { name: "接受:一(一) 文字修改" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "接受:一(二) 责任单位调整" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "接受:一(三) 完成时限调整" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "接受:一(四) 删除事项" })).toBeChecked();
  await page.getByRole("button", { name: "应用已接受的修改(4 处)" }).click();

  await expect(page).toHaveURL(/\/plans\/\d+$/);
  await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  const section = page.getByRole("region", { name: "主要任务" });
  await expect(section.getByRole("link", { name: /推进公共数据开放共享/ })).toBeVisible();
  await expect(section.getByRole("link", { name: /强化人才支撑/ })).toHaveCount(0);
  await expect(section.getByText("2024-12-31")).toHaveCount(2);
});
