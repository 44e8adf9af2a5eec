import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { openSeedItem } from "../fixtures/seed-plan";

// 重点工程(六) is led by 市商务局 (swj) and no other spec touches it; in 主要任务(一) 市商务局 only supports.
const ITEM = { section: "重点工程", title: "实施开放共联工程" };
const ITEM_TITLE = ITEM.title;
const SUPPORTED = { section: "主要任务", title: "强化创新驱动的科技服务" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The spec's item of the seed plan, or another one, opened from the plans list. */
const openItem = (page: Page, { section, title } = ITEM) => openSeedItem(page, section, title);

test.describe("extension and completion (延期与办结)", () => {
  test("dispatch, extension approved, completion with evidence approved; item shows 已办结 and the timeline both steps", async ({
    browser,
  }) => {
    const secretariat = await pageAs(browser, "secretariat");
    const itemUrl = await openItem(secretariat);
    const dispatch = secretariat.getByRole("form", { name: "交办" });
    await dispatch.getByLabel("完成时限").fill("2027-06-30");
    await dispatch.getByRole("button", { name: "交办" }).click();
    await expect(secretariat.getByTestId("item-status")).toHaveText("已交办");

    // The lead (市商务局) asks for a later date.
    const lead = await pageAs(browser, "swj");
    await lead.goto(itemUrl);
    // Requests come after 签收.
    await expect(lead.getByRole("form", { name: "申请延期" })).toHaveCount(0);
    await expect(lead.getByText("签收该任务后,可在此申请延期或办结。")).toBeVisible();
    await lead.getByRole("button", { name: "签收" }).click();
    const extension = lead.getByRole("form", { name: "申请延期" });
    await extension.getByRole("button", { name: "提交延期申请" }).click();
    await expect(extension.getByText("请填写延期理由")).toBeVisible();
    await extension.getByLabel("新的截止日期").fill("2027-09-30");
    await extension.getByLabel("延期理由").fill("实验室建设受设备采购周期影响");
    await extension.getByRole("button", { name: "提交延期申请" }).click();
    await expect(lead.getByText("本单位的延期申请正在审批中")).toBeVisible();

    // The secretariat sees it in its queue and approves.
    await secretariat.goto("/requests");
    await expect(secretariat.getByRole("heading", { name: "延期与办结申请" })).toBeVisible();
    const extCard = secretariat.getByRole("article", { name: new RegExp(ITEM_TITLE) });
    await expect(extCard).toContainText("2027-09-30");
    await extCard.getByRole("button", { name: "同意" }).click();
    await expect(secretariat.getByRole("status").filter({ hasText: "已同意延期" }).first()).toBeVisible();
    await expect(secretariat.getByRole("article", { name: new RegExp(ITEM_TITLE) })).toHaveCount(0);

    // Both dates stay visible on the item page.
    await lead.goto(itemUrl);
    const panel = lead.getByRole("region", { name: "延期与办结" });
    await expect(panel.getByText("当前截止日期")).toBeVisible();
    await expect(panel.getByText("2027-09-30").first()).toBeVisible();
    await expect(panel.getByText("2027-06-30").first()).toBeVisible();

    // Later the lead asks for completion with a Chinese-named evidence file.
    const completion = lead.getByRole("form", { name: "申请办结" });
    await completion.getByLabel("办结情况说明").fill("四大实验室已建成投用,技术合同成交额占比达标");
    await completion
      .getByLabel("佐证材料")
      .setInputFiles({ name: "办结总结(市商务局).pdf", mimeType: "application/pdf", buffer: PDF });
    await completion.getByRole("button", { name: "提交办结申请" }).click();
    await expect(lead.getByText("办结申请正在审批中")).toBeVisible();

    // The secretariat has an unread message and approves from the queue.
    await secretariat.goto("/requests");
    await expect(secretariat.getByTestId("unread-count")).toBeVisible();
    const doneCard = secretariat.getByRole("article", { name: new RegExp(ITEM_TITLE) });
    await expect(doneCard.getByRole("link", { name: "办结总结(市商务局).pdf" })).toBeVisible();
    const download = await secretariat.request.get(
      (await doneCard.getByRole("link", { name: "办结总结(市商务局).pdf" }).getAttribute("href")) ?? "",
    );
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''");
    await doneCard.getByRole("button", { name: "同意" }).click();
    await expect(secretariat.getByRole("status").filter({ hasText: "已批准办结" }).first()).toBeVisible();
    await expect(secretariat.getByRole("article", { name: new RegExp(ITEM_TITLE) })).toHaveCount(0);

    await lead.goto(itemUrl);
    await expect(lead.getByTestId("item-status")).toHaveText("已办结");
    const timeline = lead.getByRole("region", { name: "办理动态" });
    await expect(timeline.getByText("申请办结")).toBeVisible();
    await expect(timeline.getByText("批准办结")).toBeVisible();
    await lead.goto("/notifications");
    await expect(lead.getByText(new RegExp(`${ITEM_TITLE}.*已批准办结`))).toBeVisible();
  });

  test("a supporting department gets no completion form and the queue is not for liaisons", async ({ browser }) => {
    const swj = await pageAs(browser, "swj");
    await openItem(swj, SUPPORTED);
    await expect(swj.getByRole("region", { name: "延期与办结" })).toBeVisible();
    await expect(swj.getByRole("form", { name: "申请办结" })).toHaveCount(0);
    const response = await swj.goto("/requests");
    expect(response?.status()).toBe(403);
  });
});
