import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { openSeedItem } from "../fixtures/seed-plan";

const NOTICE_REASON = "科技服务平台建设进度滞后,请说明原因并提出整改措施";
const NOTICE_RESPONSE = "已召开专题推进会,平台将于下月上线";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Dispatches with a date before today (APP_TODAY=2026-03-16), which the form asks to confirm first. */
async function dispatch(page: Page, dueOn: string) {
  const form = page.getByRole("form", { name: "交办" });
  await form.getByLabel("完成时限").fill(dueOn);
  await form.getByLabel("填报周期").selectOption({ label: "每月" });
  await form.getByRole("button", { name: "交办" }).click();
  await expect(form.getByText(`完成时限 ${dueOn} 早于今天`)).toBeVisible();
  await form.getByLabel("确认使用早于今天的日期").check();
  await form.getByRole("button", { name: "交办" }).click();
  await expect(page.getByTestId("dispatch-info")).toContainText("已于");
}

function reportCard(page: Page, department: string) {
  return page.getByRole("article", { name: new RegExp(department) }).first();
}

test.describe("work item lifecycle (交办 → 签收 → 填报 → 审核 → 办结)", () => {
  test("three users take 主要任务(一) through dispatch, acknowledge, report, return, resubmit, accept, a 督办 notice answered and closed, and completion; the timeline and audit viewer show every step", async ({
    browser,
  }) => {
    // One test walks the whole journey with three signed-in users (some thirty page loads and
    // forms): on a busy two-core machine it takes longer than one page's default minute.
    test.setTimeout(180_000);
    const ITEM = "强化创新驱动的科技服务";
    const secretariat = await pageAs(browser, "secretariat");
    const kjj = await pageAs(browser, "kjj");
    const supervisor = await pageAs(browser, "supervisor");
    let itemUrl = "";

    await test.step("the secretariat dispatches the item", async () => {
      itemUrl = await openSeedItem(secretariat, "主要任务", ITEM);
      await dispatch(secretariat, "2025-12-31");
      await expect(secretariat.getByRole("list", { name: "签收情况" })).toContainText("市科技局 · 未签收");
    });

    await test.step("the 市科技局 liaison finds it under 待签收 and acknowledges", async () => {
      await kjj.goto("/inbox");
      await expect(kjj.getByRole("link", { name: /待签收 \(\d+\)/ })).toBeVisible();
      await kjj.getByRole("link", { name: new RegExp(ITEM) }).click();
      await kjj.getByRole("button", { name: "签收" }).click();
      await expect(kjj.getByRole("list", { name: "签收情况" })).toContainText(/市科技局 · .*已签收/);
      await secretariat.goto("/review");
      await expect(secretariat.getByRole("region", { name: /未签收的任务/ })).toContainText("市商务局");
    });

    await test.step("the liaison reports 60 % with an indicator reading and a PDF; an empty narrative is refused first", async () => {
      await kjj.getByRole("link", { name: "填报进展" }).click();
      const form = kjj.getByRole("form", { name: "进展填报" });
      await form.getByLabel("完成比例(%)").fill("60");
      await form.getByRole("button", { name: "提交审核" }).click();
      await expect(form.getByText("请填写工作进展,至少 5 个字")).toBeVisible();
      await form.getByLabel("工作进展").fill("四大实验室建设方案已评审,大飞机地面动力学试验平台完成设备招标");
      await form.getByLabel(/技术合同成交额占GDP比重/).fill("5.2");
      await form
        .getByLabel("佐证材料")
        .setInputFiles({ name: "技术合同登记统计(市科技局).pdf", mimeType: "application/pdf", buffer: PDF });
      await form.getByRole("button", { name: "提交审核" }).click();
      await expect(kjj).toHaveURL(itemUrl);
      const card = reportCard(kjj, "市科技局");
      await expect(card).toContainText("待审核");
      await expect(card).toContainText("完成 60%");
      await expect(card.getByRole("link", { name: "技术合同登记统计(市科技局).pdf" })).toBeVisible();
    });

    await test.step("the secretariat sees it in 待审核 and returns it with a reason", async () => {
      await secretariat.goto("/review");
      await expect(secretariat.getByRole("region", { name: /待审核报告/ })).toContainText(ITEM);
      await secretariat.goto(itemUrl);
      const card = reportCard(secretariat, "市科技局");
      await card.getByRole("button", { name: "退回" }).click();
      await expect(card.getByText("请填写退回原因,说明需要补充或修改的内容")).toBeVisible();
      await card.getByLabel(/审核意见/).fill("请补充技术合同登记清单");
      await card.getByRole("button", { name: "退回" }).click();
      await expect(card).toContainText("被退回");
      await expect(card).toContainText("退回原因:请补充技术合同登记清单");
    });

    await test.step("the liaison sees the reason under 被退回, corrects and resubmits", async () => {
      await kjj.goto("/inbox?tab=returned");
      await expect(kjj.getByText("退回原因:请补充技术合同登记清单")).toBeVisible();
      await kjj.getByRole("link", { name: "去填报" }).first().click();
      await expect(kjj.getByRole("note")).toContainText("请补充技术合同登记清单");
      const form = kjj.getByRole("form", { name: "进展填报" });
      await expect(form.getByLabel("完成比例(%)")).toHaveValue("60");
      await form.getByLabel("工作进展").fill("四大实验室建设方案已评审;已补充技术合同登记清单(共 1,203 项)");
      await form.getByRole("button", { name: "提交审核" }).click();
      await expect(kjj).toHaveURL(itemUrl);
      await expect(reportCard(kjj, "市科技局")).toContainText("待审核");
    });

    await test.step("the secretariat accepts; both submissions stay in the history", async () => {
      await secretariat.goto(itemUrl);
      const card = reportCard(secretariat, "市科技局");
      await card.getByRole("button", { name: "审核通过" }).click();
      await expect(card).toContainText("已通过");
      await card.getByText("历次提交(2 次)").click();
      await expect(card).toContainText("第 1 次提交");
      await kjj.goto(itemUrl);
      await expect(reportCard(kjj, "市科技局")).toContainText("已通过");
    });

    let noticeUrl = "";
    await test.step("the supervisor issues a 督办 notice to 市科技局, due in 5 working days", async () => {
      await supervisor.goto(itemUrl);
      const panel = supervisor.getByRole("region", { name: "督办单" });
      await panel.locator("summary", { hasText: "发督办单" }).click();
      const form = panel.getByRole("form", { name: "发督办单" });
      await form.getByLabel("责任单位").selectOption({ label: "市科技局" });
      await form.getByLabel("督办", { exact: true }).check();
      await form.getByLabel("督办事由").fill(NOTICE_REASON);
      await form.getByRole("spinbutton", { name: "工作日内答复" }).fill("5");
      await form.getByRole("button", { name: "发出" }).click();
      await expect(panel.getByRole("status")).toContainText("督办单已发出");
      await expect(panel.getByRole("row", { name: /市科技局/ })).toContainText("待答复");
      await panel
        .getByRole("row", { name: /市科技局/ })
        .getByRole("link")
        .first()
        .click();
      await expect(supervisor.getByText(NOTICE_REASON)).toBeVisible();
      noticeUrl = supervisor.url();
    });

    await test.step("the liaison of 市科技局 sees the notice and answers it", async () => {
      await kjj.goto("/notices");
      const row = kjj.getByRole("row", { name: new RegExp(ITEM) }).first();
      await expect(row).toContainText("督办");
      await expect(row).toContainText("待答复");
      await row.getByRole("link").first().click();
      const form = kjj.getByRole("form", { name: "答复督办单" });
      await form.getByLabel("答复内容").fill(NOTICE_RESPONSE);
      await form.getByRole("button", { name: "提交答复" }).click();
      await expect(kjj.getByRole("heading", { level: 1 })).toContainText("已答复");
      await expect(kjj.getByText(NOTICE_RESPONSE)).toBeVisible();
      await expect(kjj.getByRole("button", { name: "办结" })).toHaveCount(0);
    });

    await test.step("the supervisor closes it and can print it", async () => {
      await supervisor.goto(noticeUrl);
      await expect(supervisor.getByText(NOTICE_RESPONSE)).toBeVisible();
      supervisor.once("dialog", (dialog) => dialog.accept());
      await supervisor.getByRole("button", { name: "办结" }).click();
      await expect(supervisor.getByRole("heading", { level: 1 })).toContainText("已办结");
      await supervisor.getByRole("link", { name: "打印督办单" }).click();
      await expect(supervisor.getByRole("heading", { name: /督\s*办\s*单/ })).toBeVisible();
      await expect(supervisor.getByRole("cell", { name: NOTICE_REASON })).toBeVisible();
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
      await expect(rows.first()).toContainText("待答复");
      await expect(rows.first()).toContainText("已答复");
      await supervisor.getByLabel("操作", { exact: true }).selectOption({ label: "全部" });
      await supervisor.getByRole("button", { name: "筛选" }).click();
      for (const step of ["发出督办单", "答复督办单", "办结督办单"])
        await expect(supervisor.getByRole("cell", { name: new RegExp(step) }).first()).toBeVisible();
    });

    await test.step("later the lead asks for completion and the secretariat approves", async () => {
      await kjj.goto(itemUrl);
      const completion = kjj.getByRole("form", { name: "申请办结" });
      await completion.getByLabel("办结情况说明").fill("四大实验室已建成投用,技术合同成交额占比达到年度目标");
      await completion.getByRole("button", { name: "提交办结申请" }).click();
      await expect(kjj.getByText("办结申请正在审批中")).toBeVisible();
      await secretariat.goto("/requests");
      const card = secretariat.getByRole("article", { name: new RegExp(ITEM) });
      await card.getByRole("button", { name: "同意" }).click();
      await expect(secretariat.getByRole("status").filter({ hasText: "已批准办结" }).first()).toBeVisible();
      await kjj.goto(itemUrl);
      await expect(kjj.getByTestId("item-status")).toHaveText("已办结");
    });

    await test.step("the timeline shows every step with actor and time, to the supervisor too", async () => {
      await supervisor.goto(itemUrl);
      const timeline = supervisor.getByRole("region", { name: "办理动态" });
      const entries = timeline.getByRole("listitem");
      const expected: [string, string][] = [
        ["交办", "王秘书"],
        ["签收", "陈联络员"],
        ["提交进展报告", "陈联络员"],
        ["退回进展报告", "王秘书"],
        ["提交进展报告", "陈联络员"],
        ["审核通过", "王秘书"],
        ["发出督办单", "李督查"],
        ["答复督办单", "陈联络员"],
        ["办结督办单", "李督查"],
        ["申请办结", "陈联络员"],
        ["批准办结", "王秘书"],
      ];
      for (const [index, [action, actor]] of expected.entries()) {
        await expect(entries.nth(index)).toContainText(`${action} · ${actor}`);
        await expect(entries.nth(index)).toContainText(/\d{2}:\d{2}/);
      }
      await expect(entries.nth(3)).toContainText("原因:请补充技术合同登记清单");
    });
  });

  test("two sessions editing the same report: the second save gets the conflict message and keeps its text; the first save is intact", async ({
    browser,
  }) => {
    const ITEM = "实施楼宇提质工程";
    const secretariat = await pageAs(browser, "secretariat");
    const itemUrl = await openSeedItem(secretariat, "重点工程", ITEM);
    await dispatch(secretariat, "2025-12-31");

    const first = await pageAs(browser, "kjj");
    const second = await pageAs(browser, "kjj");
    for (const page of [first, second]) await page.goto(`${itemUrl}/report`);

    const firstForm = first.getByRole("form", { name: "进展填报" });
    await firstForm.getByLabel("工作进展").fill("第一个窗口:已完成楼宇等级评价方案");
    await firstForm.getByRole("button", { name: "保存草稿" }).click();
    await expect(firstForm.getByRole("status")).toContainText("草稿已保存");

    const secondForm = second.getByRole("form", { name: "进展填报" });
    await secondForm.getByLabel("工作进展").fill("第二个窗口:另一段内容");
    await secondForm.getByRole("button", { name: "保存草稿" }).click();
    await expect(secondForm.getByRole("alert")).toContainText("该内容已被他人修改");
    await expect(secondForm.getByLabel("工作进展")).toHaveValue("第二个窗口:另一段内容");

    await first.reload();
    await expect(first.getByRole("form", { name: "进展填报" }).getByLabel("工作进展")).toHaveValue(
      "第一个窗口:已完成楼宇等级评价方案",
    );
  });

  test("not allowed: leaders have no review queue, the secretariat no inbox, a liaison cannot report for an item of other departments", async ({
    browser,
  }) => {
    const leader = await pageAs(browser, "leader");
    await leader.goto("/review");
    await expect(leader.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await expect(leader.getByRole("link", { name: "审核" })).toHaveCount(0);

    const secretariat = await pageAs(browser, "secretariat");
    await secretariat.goto("/inbox");
    await expect(secretariat.getByRole("heading", { name: "无权访问" })).toBeVisible();

    const kjj = await pageAs(browser, "kjj");
    const otherUrl = await openSeedItem(kjj, "主要任务", "强化服务多元的金融服务");
    await expect(kjj.getByRole("link", { name: "填报进展" })).toHaveCount(0);
    await expect(kjj.getByRole("form", { name: "交办" })).toHaveCount(0);
    const response = await kjj.goto(`${otherUrl}/report`);
    expect(response?.status()).toBe(403);
    await expect(kjj.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });
});
