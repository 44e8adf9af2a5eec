import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { publishPlanText } from "../fixtures/publish-plan";

// Each test imports a plan, uploads up to 25 MB and passes between several users: give the
// shared build machine time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

// APP_TODAY is 2026-03-16 in e2e (playwright.config.ts). Each test imports and publishes a small
// plan of its own, so it does not depend on the demo plan or on the other specs.
const TODAY = "2026-03-16";
const MB = 1024 * 1024;

/** A PDF of the given size: the real magic bytes, then padding. Generated here, never committed. */
function pdfOf(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes, 0x20);
  buffer.write("%PDF-1.4\n1 0 obj<<>>endobj\n");
  buffer.write("\ntrailer<<>>\n%%EOF\n", bytes - 20);
  return buffer;
}

/** Imports, saves and publishes a one-item plan led by 市科技局 (市商务局 supports); returns the item's URL. */
async function publishedItem(browser: Browser, itemTitle: string): Promise<{ secretariat: Page; itemUrl: string }> {
  const secretariat = await pageAs(browser, "secretariat");
  const planTitle = `长沙市首日测试${Date.now()}行动计划(2026—2027年)`;
  await publishPlanText(
    secretariat,
    [planTitle, "一、主要任务", `(一)${itemTitle}。持续推进相关工作。(责任单位:市科技局、市商务局)`].join("\n"),
    planTitle,
  );
  await secretariat
    .getByRole("region", { name: "主要任务" })
    .getByRole("link", { name: new RegExp(itemTitle) })
    .first()
    .click();
  await expect(secretariat.getByRole("heading", { name: new RegExp(itemTitle) })).toBeVisible();
  return { secretariat, itemUrl: secretariat.url() };
}

async function dispatchOn(page: Page, dueOn: string) {
  const form = page.getByRole("form", { name: "交办" });
  await form.getByLabel("完成时限").fill(dueOn);
  await form.getByRole("button", { name: "交办" }).click();
  await expect(page.getByTestId("item-status")).toHaveText("已交办");
}

async function acknowledgeAs(browser: Browser, itemUrl: string): Promise<Page> {
  const kjj = await pageAs(browser, "kjj");
  await kjj.goto(itemUrl);
  await kjj.getByRole("button", { name: "签收" }).click();
  await expect(kjj.getByRole("list", { name: "签收情况" })).toContainText(/市科技局 · .*已签收/);
  return kjj;
}

test.describe("day-one defects (issue 11: uploads, false success, deadlines, the demo clock)", () => {
  test("dispatch without a date is refused; a date before today needs confirmation; the deadline is changed with a reason and shows in the timeline; an unacknowledged dispatch can be withdrawn", async ({
    browser,
  }) => {
    const { secretariat, itemUrl } = await publishedItem(browser, "推进数据开放");
    const form = secretariat.getByRole("form", { name: "交办" });

    await form.getByLabel("完成时限").fill("");
    await form.getByRole("button", { name: "交办" }).click();
    await expect(form.getByText("请填写完成时限")).toBeVisible();
    await secretariat.reload();
    await expect(secretariat.getByTestId("item-status")).toHaveText("未交办");

    await form.getByLabel("完成时限").fill("2026-01-31");
    await form.getByRole("button", { name: "交办" }).click();
    await expect(form.getByText(`完成时限 2026-01-31 早于今天(${TODAY})`)).toBeVisible();
    await expect(secretariat.getByTestId("item-status")).toHaveText("未交办");
    await form.getByLabel("确认使用早于今天的日期").check();
    await form.getByRole("button", { name: "交办" }).click();
    await expect(secretariat.getByTestId("item-status")).toHaveText("已交办");

    // The date was a mistake: the secretariat corrects it, with a reason.
    await secretariat.getByText("调整完成时限", { exact: true }).click();
    const change = secretariat.getByRole("form", { name: "调整完成时限" });
    await change.getByLabel("新的完成时限").fill("2026-09-30");
    await change.getByRole("button", { name: "确认调整" }).click();
    await expect(change.getByText("请填写调整原因")).toBeVisible();
    await change.getByLabel("调整原因").fill("交办时日期填写有误");
    await change.getByRole("button", { name: "确认调整" }).click();
    await expect(change.getByRole("status")).toContainText("完成时限已调整为 2026-09-30");
    // Once the refreshed page has come (its history shows the change), the message is still there.
    const timeline = secretariat.getByRole("region", { name: "办理动态" });
    await expect(timeline.getByText("调整完成时限")).toBeVisible();
    await expect(change.getByRole("status")).toContainText("完成时限已调整为 2026-09-30");
    await expect(change.getByLabel("新的完成时限")).toHaveValue("2026-09-30");
    await secretariat.goto(itemUrl);
    await expect(timeline.getByText("调整完成时限")).toBeVisible();
    await expect(timeline.getByText(/完成时限 2026-01-31 → 2026-09-30/)).toBeVisible();
    await expect(timeline.getByText(/原因:交办时日期填写有误/)).toBeVisible();
    await expect(secretariat.getByRole("region", { name: "延期与办结" })).toContainText("2026-09-30");

    // Nobody has acknowledged yet: the dispatch can still be taken back.
    await secretariat.getByText("撤回交办", { exact: true }).click();
    const withdraw = secretariat.getByRole("form", { name: "撤回交办" });
    await withdraw.getByLabel("撤回原因").fill("责任单位需要调整");
    await withdraw.getByRole("button", { name: "确认撤回" }).click();
    await expect(secretariat.getByTestId("item-status")).toHaveText("未交办");
    await expect(secretariat.getByRole("form", { name: "交办" })).toBeVisible();
    await expect(timeline.getByText("撤回交办")).toBeVisible();
  });

  test("a 25 MB PDF gets the size message before any upload; a 15 MB PDF is accepted and listed", async ({
    browser,
  }) => {
    const { secretariat, itemUrl } = await publishedItem(browser, "建设创新平台");
    await dispatchOn(secretariat, "2026-06-30");
    const kjj = await acknowledgeAs(browser, itemUrl);
    await kjj.getByRole("link", { name: "填报进展" }).click();
    const form = kjj.getByRole("form", { name: "进展填报" });
    await form.getByLabel("完成比例(%)").fill("40");
    await form.getByLabel("工作进展").fill("创新平台建设方案已完成专家评审");

    const posts: string[] = [];
    kjj.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await form
      .getByLabel("佐证材料")
      .setInputFiles({ name: "现场照片合集.pdf", mimeType: "application/pdf", buffer: pdfOf(25 * MB) });
    await expect(form.getByText("文件“现场照片合集.pdf”超过 20 MB,请压缩或拆分后再上传").first()).toBeVisible();
    await form.getByRole("button", { name: "提交审核" }).click();
    await expect(form.getByRole("alert").first()).toContainText("超过 20 MB");
    expect(posts, "nothing is sent for a file over the limit").toEqual([]);

    await form
      .getByLabel("佐证材料")
      .setInputFiles({ name: "验收报告.pdf", mimeType: "application/pdf", buffer: pdfOf(15 * MB) });
    await expect(form.getByText("验收报告.pdf")).toBeVisible();
    await expect(form.getByText("超过 20 MB,请压缩或拆分后再上传")).toHaveCount(0);
    await form.getByRole("button", { name: "提交审核" }).click();
    await expect(kjj).toHaveURL(itemUrl, { timeout: 60_000 });
    const card = kjj.getByRole("article", { name: /市科技局/ }).first();
    await expect(card.getByRole("link", { name: "验收报告.pdf" })).toBeVisible();
    const download = await kjj.request.get(
      (await card.getByRole("link", { name: "验收报告.pdf" }).getAttribute("href")) ?? "",
    );
    expect(download.status()).toBe(200);
    expect((await download.body()).byteLength).toBe(15 * MB);
  });

  test("requests come after 签收; an extension to an earlier date shows the field error and creates no request", async ({
    browser,
  }) => {
    const { secretariat, itemUrl } = await publishedItem(browser, "完善服务体系");
    await dispatchOn(secretariat, "2026-06-30");

    const kjj = await pageAs(browser, "kjj");
    await kjj.goto(itemUrl);
    await expect(kjj.getByRole("form", { name: "申请延期" })).toHaveCount(0);
    await expect(kjj.getByRole("form", { name: "申请办结" })).toHaveCount(0);
    await expect(kjj.getByText("签收该任务后,可在此申请延期或办结。")).toBeVisible();
    await kjj.getByRole("button", { name: "签收" }).click();

    const extension = kjj.getByRole("form", { name: "申请延期" });
    await extension.getByLabel("新的截止日期").fill("2026-05-01");
    await extension.getByLabel("延期理由").fill("配套资金尚未到位");
    await extension.getByRole("button", { name: "提交延期申请" }).click();
    await expect(extension.getByText("新的截止日期须晚于 2026-06-30")).toBeVisible();
    await expect(kjj.getByText("延期申请已提交")).toHaveCount(0);
    await kjj.reload();
    const panel = kjj.getByRole("region", { name: "延期与办结" });
    await expect(panel.getByText("暂无延期申请")).toBeVisible();
    await secretariat.goto("/requests");
    await expect(secretariat.getByRole("article", { name: /完善服务体系/ })).toHaveCount(0);
  });

  test("under APP_TODAY an item completed on its due day is 按时办结, dated that day, not 逾期N天办结", async ({
    browser,
  }) => {
    const { secretariat, itemUrl } = await publishedItem(browser, "优化营商环境");
    await dispatchOn(secretariat, TODAY);
    const kjj = await acknowledgeAs(browser, itemUrl);
    const completion = kjj.getByRole("form", { name: "申请办结" });
    await completion.getByLabel("办结情况说明").fill("营商环境优化措施已全部落实");
    await completion.getByRole("button", { name: "提交办结申请" }).click();
    await expect(kjj.getByText("办结申请正在审批中")).toBeVisible();

    await secretariat.goto("/requests");
    const card = secretariat.getByRole("article", { name: /优化营商环境/ });
    await card.getByRole("button", { name: "同意" }).click();
    await expect(secretariat.getByRole("status").filter({ hasText: "已批准办结" }).first()).toBeVisible();

    await kjj.goto(itemUrl);
    await expect(kjj.getByTestId("item-status")).toHaveText("已办结");
    await expect(kjj.getByText(/逾期\d+天办结/)).toHaveCount(0);
    await expect(kjj.getByRole("region", { name: "延期与办结" })).toContainText("已办结 2026-03-16");
  });
});
