import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { openSeedItem, SEED_TITLE } from "../fixtures/seed-plan";

// 重点工程(三) is held by 市科技局 (kjj) among others, and no other spec touches it.
const ITEM = { section: "重点工程", title: "实施场景赋能工程" };

test.describe("挂图作战 timeline", () => {
  test("an item whose extension was approved shows its original and its extended due date", async ({ browser }) => {
    const secretariat = await pageAs(browser, "secretariat");
    const itemUrl = await openSeedItem(secretariat, ITEM.section, ITEM.title);
    const dispatch = secretariat.getByRole("form", { name: "交办" });
    await dispatch.getByLabel("完成时限").fill("2026-06-30");
    await dispatch.getByRole("button", { name: "交办" }).click();
    await expect(secretariat.getByTestId("item-status")).toHaveText("已交办");

    const liaison = await pageAs(browser, "kjj");
    await liaison.goto(itemUrl);
    await liaison.getByRole("button", { name: "签收" }).click();
    const extension = liaison.getByRole("form", { name: "申请延期" });
    await extension.getByLabel("新的截止日期").fill("2026-09-30");
    await extension.getByLabel("延期理由").fill("场景清单征集延后");
    await extension.getByRole("button", { name: "提交延期申请" }).click();
    await expect(liaison.getByText("本单位的延期申请正在审批中")).toBeVisible();

    await secretariat.goto("/requests");
    const card = secretariat.getByRole("article", { name: new RegExp(ITEM.title) });
    await card.getByRole("button", { name: "同意" }).click();
    await expect(secretariat.getByRole("status").filter({ hasText: "已同意延期" }).first()).toBeVisible();

    // From the plan page to its timeline, narrowed to the unit and the part on the server.
    await secretariat.goto("/plans");
    await secretariat
      .getByRole("link", { name: new RegExp(SEED_TITLE) })
      .first()
      .click();
    await secretariat.getByRole("link", { name: "挂图作战" }).click();
    await expect(secretariat.getByRole("heading", { name: /挂图作战/ })).toBeVisible();
    const filters = secretariat.getByRole("form", { name: "筛选" });
    await filters.getByLabel("责任单位").selectOption({ label: "市科技局" });
    await filters.getByLabel("部分").selectOption({ label: "三、重点工程" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(secretariat).toHaveURL(/sectionId=\d+/);

    const row = secretariat.locator("g[data-item-id]").filter({ hasText: ITEM.title });
    await expect(row).toHaveCount(1);
    await expect(
      row.locator("text").filter({ hasText: /原定 (2026年)?6月30日 → 延期至 (2026年)?9月30日/ }),
    ).toBeVisible();
    await expect(secretariat.getByRole("button", { name: "下载 PNG" })).toBeVisible();
    await expect(secretariat.getByRole("button", { name: "导出 PDF(打印)" })).toBeVisible();

    // The PNG is made in the browser from the chart.
    const download = secretariat.waitForEvent("download");
    await secretariat.getByRole("button", { name: "下载 PNG" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
  });

  test("a liaison may not open a plan's timeline", async ({ browser }) => {
    const liaison = await pageAs(browser, "kjj");
    await liaison.goto("/plans");
    await liaison
      .getByRole("link", { name: new RegExp(SEED_TITLE) })
      .first()
      .click();
    await expect(liaison).toHaveURL(/\/plans\/\d+$/);
    await expect(liaison.getByRole("link", { name: "挂图作战" })).toHaveCount(0);
    const response = await liaison.goto(`${liaison.url().split("?")[0]}/timeline`);
    expect(response?.status()).toBe(403);
  });
});
