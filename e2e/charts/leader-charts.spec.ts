import { expect, test, type Page } from "@playwright/test";
import { pageAs, signInByApi } from "../fixtures/auth";
import { dispatchPastDue } from "../fixtures/dispatch";
import { openSeedItem, SEED_TITLE } from "../fixtures/seed-plan";

/** The seed plan runs 2023-01-01 to 2025-12-31; the suite's today (2026-03-16) is past its end. */
const SEED_MONTHS = 36;
/** A seed item no other spec dispatches. */
const ITEM = "实施标准品牌工程";
const INDICATOR_ITEM = "强化数智赋能的信息服务";
/** The chart's drawing (the legend's icons are small SVGs of the same class). */
const CHART = "svg.recharts-surface:has(.recharts-line-dots)";
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the leader's home charts the seed plan: one burn-up point a month of its period, each chart with its data table", async ({
  browser,
}) => {
  const leader = await pageAs(browser, "leader");
  // A chart blocked by the Content-Security-Policy or a hydration mismatch shows up as a console error.
  const errors: string[] = [];
  leader.on("console", (m) => {
    // The browser's own favicon request is no page resource.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico"))
      errors.push(`${m.text()} ${m.location().url}`);
  });
  await leader.goto("/");
  const charts = leader.getByRole("region", { name: "图表" });
  await expect(charts.getByLabel("行动计划")).toHaveValue(/\d+/);
  await expect(charts.getByLabel("行动计划").locator("option:checked")).toContainText(SEED_TITLE);

  const burnUp = leader.getByTestId("burn-up");
  await expect(burnUp.getByRole("heading", { name: "完成进度(累计办结)" })).toBeVisible();
  // The table view: a row per month, January 2023 to December 2025, none twice.
  const table = burnUp.getByRole("table", { name: "完成进度(累计办结)", includeHidden: true });
  const months = await table.locator("tbody th").allTextContents();
  expect(months).toHaveLength(SEED_MONTHS);
  expect(new Set(months).size).toBe(SEED_MONTHS);
  expect(months[0]).toBe("2023年1月");
  expect(months.at(-1)).toBe("2025年12月");
  // The drawing: one dot a month on the "completed" line (the plan line has none).
  await expect(burnUp.locator(CHART)).toBeVisible();
  await expect(burnUp.locator(".recharts-line-dots circle")).toHaveCount(SEED_MONTHS);
  // The table is behind a 数据表 toggle for sighted readers.
  await expect(table).toBeHidden();
  await burnUp.getByText("数据表", { exact: true }).click();
  await expect(table).toBeVisible();
  expect(errors).toEqual([]);

  for (const testId of ["health-section", "health-department"]) {
    await expect(leader.getByTestId(testId).getByRole("heading")).toBeVisible();
  }
  await expect(
    leader.getByTestId("on-time").getByRole("table", { includeHidden: true }).locator("tbody tr"),
  ).toHaveCount(12);

  // Print shows every chart's table.
  await leader.emulateMedia({ media: "print" });
  await expect(leader.getByTestId("on-time").getByRole("table")).toBeVisible();
  await leader.emulateMedia({ media: "screen" });

  // A phone: the charts fit the width, nothing scrolls sideways.
  await leader.setViewportSize({ width: 390, height: 844 });
  await leader.reload();
  await expect(leader.getByTestId("burn-up").locator(CHART)).toBeVisible();
  const svgWidth = await leader
    .getByTestId("burn-up")
    .locator(CHART)
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(svgWidth).toBeLessThanOrEqual(390);
  await noHorizontalScroll(leader);
});

test("in English the charts' headings, summaries and columns are English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
  await signInByApi(context, "leader");
  const page = await context.newPage();
  await page.goto("/");
  const charts = page.getByRole("region", { name: "Charts" });
  await expect(charts.getByTestId("burn-up").getByRole("heading", { name: "Completion (cumulative)" })).toBeVisible();
  const texts = [
    ...(await charts.locator("figcaption").allInnerTexts()),
    ...(await charts.locator("thead").allTextContents()),
  ];
  expect(texts.filter((t) => CJK.test(t))).toEqual([]);
  expect(await charts.getByTestId("burn-up").locator("tbody th").first().textContent()).toBe("January 2023");
});

test("an overdue dispatched item shows as a red bar in its section and for each of its units", async ({ browser }) => {
  const secretariat = await pageAs(browser, "secretariat");
  await openSeedItem(secretariat, "重点工程", ITEM);
  await dispatchPastDue(secretariat, "2025-12-31");

  const leader = await pageAs(browser, "leader");
  await leader.goto("/");
  const bySection = leader.getByTestId("health-section");
  await expect(bySection.locator(".recharts-bar-rectangle path").first()).toBeVisible();
  await bySection.getByText("数据表", { exact: true }).click();
  const row = bySection.getByRole("row", { name: /重点工程/ });
  // Columns: section, red, yellow, green, completed, total.
  await expect(row.getByRole("cell")).toHaveText([/^[1-9]\d*$/, /^\d+$/, /^\d+$/, /^\d+$/, /^[1-9]\d*$/]);
  const byUnit = leader.getByTestId("health-department");
  await byUnit.getByText("数据表", { exact: true }).click();
  await expect(byUnit.getByRole("table").locator("tbody tr").first().getByRole("cell").first()).not.toHaveText("0");
  // On a phone the bars and the open tables still fit the width.
  await leader.setViewportSize({ width: 390, height: 844 });
  await expect(bySection.locator(".recharts-bar-rectangle path").first()).toBeVisible();
  await noHorizontalScroll(leader);
});

test("an indicator's filed reading is charted on the item page, with its data table", async ({ browser }) => {
  const secretariat = await pageAs(browser, "secretariat");
  const itemUrl = await openSeedItem(secretariat, "主要任务", INDICATOR_ITEM);
  const form = secretariat.getByRole("form", { name: "交办" });
  await form.getByLabel("完成时限").fill("2026-12-31");
  await form.getByRole("button", { name: "交办" }).click();
  await expect(secretariat.getByTestId("dispatch-info")).toContainText("已于");

  // 市科技局 supports the item: it acknowledges and files a reading.
  const kjj = await pageAs(browser, "kjj");
  await kjj.goto(itemUrl);
  await kjj.getByRole("button", { name: "签收" }).click();
  await kjj.getByRole("link", { name: "填报进展" }).click();
  const report = kjj.getByRole("form", { name: "进展填报" });
  await report.getByLabel("完成比例(%)").fill("20");
  await report.getByLabel("工作进展").fill("数字经济核心产业统计口径已确定");
  await report.getByLabel(/数字经济核心产业增加值占GDP比重/).fill("11.5");
  await report.getByRole("button", { name: "提交审核" }).click();
  await expect(kjj).toHaveURL(itemUrl);

  const leader = await pageAs(browser, "leader");
  await leader.goto(itemUrl);
  const figure = leader.getByTestId("indicator-chart").filter({ hasText: "数字经济核心产业增加值占GDP比重" });
  await expect(figure).toContainText("最新填报 11.5");
  await expect(figure.locator(".recharts-line-dots circle")).toHaveCount(1);
  await figure.getByText("数据表", { exact: true }).click();
  await expect(figure.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await expect(figure.getByRole("table").locator("tbody tr").first()).toContainText("11.5");
});
