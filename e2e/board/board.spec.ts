import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { dispatchPastDue } from "../fixtures/dispatch";

// An item due 2025-12-31 is overdue whatever the day (with E2E_APP_TODAY=2026-01-05, by 5 days).
const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划";
const ITEM = "强化潜力释放的商务服务";

async function dispatchSeedItem(page: Page, section: string, title: string, dueOn: string) {
  await page.goto("/plans");
  await page
    .getByRole("link", { name: new RegExp(SEED_TITLE) })
    .first()
    .click();
  await page
    .getByRole("region", { name: section })
    .getByRole("link", { name: new RegExp(title) })
    .first()
    .click();
  await dispatchPastDue(page, dueOn);
}

test.describe("overdue board, ranking and home pages (督办看板)", () => {
  test("supervisor filters the board by department, sees counts and downloads the Excel; the leader's home shows health by section", async ({
    browser,
  }) => {
    const secretariat = await pageAs(browser, "secretariat");
    await dispatchSeedItem(secretariat, "主要任务", ITEM, "2025-12-31");

    const supervisor = await pageAs(browser, "supervisor");
    await supervisor.goto("/board");
    await expect(supervisor.getByRole("heading", { name: "督办看板" })).toBeVisible();
    const form = supervisor.getByRole("form", { name: "筛选" });
    await form.getByLabel("责任单位").selectOption({ label: "市会展办" });
    await form.getByRole("button", { name: "筛选" }).click();
    await expect(supervisor).toHaveURL(/departmentId=\d+/);

    const counts = supervisor.getByRole("table", { name: "各单位任务状态" });
    await expect(counts.getByRole("row", { name: /市会展办/ })).toContainText("1");
    const rows = supervisor.getByTestId("board-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(ITEM);
    await expect(rows.first()).toContainText("红灯");
    await expect(rows.first()).toContainText(/已逾期\d+天/);

    const downloadPromise = supervisor.waitForEvent("download");
    await supervisor.getByRole("link", { name: "导出 Excel" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("状态");
    expect(sheet.getRow(1).getCell(5).value).toBe("任务");
    expect(sheet.rowCount).toBe(2);
    expect(String(sheet.getRow(2).getCell(5).value)).toContain(ITEM);
    expect(sheet.getRow(2).getCell(1).value).toBe("红灯");

    // The board as of yesterday: the history began when the server first computed the lights
    // (today), so the page says where it starts and shows no items rather than today's.
    const asOf = form.getByLabel("历史日期");
    const yesterday = (await asOf.getAttribute("max"))!;
    await asOf.fill(yesterday);
    await form.getByRole("button", { name: "筛选" }).click();
    await expect(supervisor.getByText(`历史看板:${yesterday} 日终`)).toBeVisible();
    await expect(supervisor.getByText(/历史记录自 \d{4}-\d{2}-\d{2} 起/)).toBeVisible();
    await expect(rows).toHaveCount(0);
    await supervisor.getByRole("link", { name: "返回今日看板" }).click();
    await expect(supervisor.getByTestId("board-row").first()).toBeVisible();

    const leader = await pageAs(browser, "leader");
    await leader.goto("/");
    const bySection = leader.getByRole("table", { name: "分部分任务状态" });
    await expect(bySection.getByRole("row", { name: /主要任务/ })).toBeVisible();
    await expect(leader.getByText(/已办结 0\/\d+ 项/)).toBeVisible();

    await leader.goto("/ranking");
    await expect(leader.getByRole("heading", { name: "单位通报" })).toBeVisible();
    await expect(leader.getByTestId("ranking-row").filter({ hasText: "市商务局" })).toBeVisible();

    // 量化考核: the lead unit loses points for the days its item has been overdue this quarter,
    // and its row opens to the breakdown that explains them.
    await leader.getByRole("link", { name: "量化考核" }).click();
    await expect(leader.getByRole("heading", { name: "量化考核" })).toBeVisible();
    await leader.getByLabel("考核期").selectOption("2026-Q1");
    await leader.getByRole("button", { name: "查询" }).click();
    await expect(leader).toHaveURL(/period=2026-Q1/);
    const lead = leader.getByTestId("score-row").filter({ hasText: "市商务局" });
    await expect(lead).toContainText("/ 100");
    await lead.getByText("市商务局").click();
    const overdue = lead.getByText(/牵头任务逾期共 \d+ 天/);
    await expect(overdue).toBeVisible();
    // From the start of the quarter (or the day after the due date) to today, whatever day the suite runs.
    expect(Number(/(\d+) 天/.exec(await overdue.innerText())![1])).toBeGreaterThan(0);
    const scoreOf = async (row: typeof lead) =>
      Number(/^([\d.]+)/.exec((await row.getByRole("cell").nth(1).innerText()).trim())![1]);
    expect(await scoreOf(lead)).toBeLessThan(100);
    // A supporting unit with nothing due and nothing overdue keeps the maximum.
    expect(await scoreOf(leader.getByTestId("score-row").filter({ hasText: "市会展办" }))).toBe(100);

    // The secretariat makes overdue days cost five times as much from today: the quarter already
    // begun keeps the score it had.
    const before = await scoreOf(lead);
    await secretariat.goto("/scores");
    const rules = secretariat.getByRole("form", { name: "考核规则" });
    await rules.getByLabel("逾期每天扣分").fill("1");
    await rules.getByLabel("修改说明").fill("逾期从严");
    await rules.getByRole("button", { name: "保存规则" }).click();
    await expect(rules.getByRole("status")).toContainText("已保存");
    await leader.reload();
    expect(await scoreOf(leader.getByTestId("score-row").filter({ hasText: "市商务局" }))).toBe(before);
    await expect(leader.getByRole("form", { name: "考核规则" })).toHaveCount(0);
  });

  test("a liaison has no board page but sees their own queues at home", async ({ browser }) => {
    const kjj = await pageAs(browser, "kjj");
    const response = await kjj.goto("/board");
    expect(response?.status()).toBe(403);
    await expect(kjj.getByTestId("forbidden")).toBeVisible();
    await kjj.goto("/");
    await expect(kjj.getByText("待签收", { exact: true })).toBeVisible();
    await expect(kjj.getByText("已逾期", { exact: true })).toBeVisible();
  });

  test("opening a list renders no other page on the server until a link is clicked", async ({ browser }) => {
    const supervisor = await pageAs(browser, "supervisor");
    const pageRequests: string[] = [];
    supervisor.on("request", (request) => {
      if (request.headers()["rsc"] === "1") pageRequests.push(request.url());
    });
    await supervisor.goto("/plans");
    // The plan links and the header's links in view, one hovered: time enough for the router to prefetch them.
    const planLink = supervisor.getByRole("link", { name: new RegExp(SEED_TITLE) }).first();
    await planLink.hover();
    await supervisor.waitForTimeout(1500);
    expect(pageRequests).toEqual([]);

    // The click fetches the page it opens, and that page (a tree of item links) fetches no others either.
    await planLink.click();
    await expect(supervisor).toHaveURL(/\/plans\/\d+$/);
    await expect(supervisor.getByRole("region", { name: "主要任务" })).toBeVisible();
    await supervisor.waitForTimeout(1500);
    expect(pageRequests).toHaveLength(1);
    expect(pageRequests[0]).toMatch(/\/plans\/\d+\?/);
  });

  test("a clicked link shows that its page is on the way until the page arrives", async ({ browser }) => {
    const supervisor = await pageAs(browser, "supervisor");
    await supervisor.goto("/plans");
    // The server answers the click slowly, as over a city's network at a busy hour: held until released.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await supervisor.route(/\/plans\/\d+\?/, async (route) => {
      await held;
      await route.continue();
    });
    const pending = supervisor.getByTestId("navigation-pending");
    await expect(pending).toHaveCount(0);
    await supervisor
      .getByRole("link", { name: new RegExp(SEED_TITLE) })
      .first()
      .click();
    await expect(pending).toBeVisible();
    await expect(supervisor).toHaveURL(/\/plans$/);

    release();
    await expect(supervisor).toHaveURL(/\/plans\/\d+$/);
    await expect(supervisor.getByRole("region", { name: "主要任务" })).toBeVisible();
    await expect(pending).toHaveCount(0);
  });
});
