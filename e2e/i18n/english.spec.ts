import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signInByApi, type DemoUsername } from "../fixtures/auth";

/**
 * The English interface says nothing in Chinese of its own: errors (from the browser's checks and
 * from the server), notifications, periods and audit values are rendered from the messages in the
 * reader's language. What stays Chinese is the plan's own data — titles, department and user names —
 * which the scan below recognises and sets aside.
 */
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+/g;
/** Item and section numbers as documents write them: 一、 (一) 1. */
const DOCUMENT_CODES = /[(（]?[一二三四五六七八九十]+[)）、]?/g;

const SEED_TEXT = readFileSync(
  path.join(__dirname, "..", "..", "db", "seed-data", "changsha-producer-services-plan-2023.txt"),
  "utf8",
);

function planText(suffix: string) {
  const title = `长沙市英文界面测试${suffix}行动计划(2026—2027年)`;
  const text = [
    title,
    "一、主要任务",
    "(一)推进数据开放共享。2026年底前完成首批开放场景建设。(责任单位:市科技局、市商务局)",
    "(二)完善统计监测制度。建立季度监测机制。(责任单位:市科技局)",
  ].join("\n");
  return { title, text };
}

/** Chinese runs in `text` that are not data the page was given (plan text, names). */
function uiChinese(text: string, data: string[]): string[] {
  let rest = text;
  for (const value of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(" ");
  rest = rest.replace(DOCUMENT_CODES, " ");
  return (rest.match(CJK_RUN) ?? []).filter((run) => !(run.length >= 2 && SEED_TEXT.includes(run)));
}

async function expectEnglish(locator: Locator, data: string[], what: string): Promise<void> {
  const count = await locator.count();
  for (let i = 0; i < count; i++) {
    const text = await locator.nth(i).innerText();
    expect(uiChinese(text, data), `${what}: ${text}`).toEqual([]);
  }
}

async function englishPage(browser: Browser, username: DemoUsername): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  const base = test.info().project.use.baseURL!;
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: base }]);
  await signInByApi(context, username);
  return context.newPage();
}

const NAMES = Object.values(DEMO_ACCOUNTS).flatMap((a) => [a.name, a.department]);

test("the English interface shows no Chinese of its own in errors, notifications, periods and the audit trail", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { title, text } = planText(String(Date.now()));
  const data = [title, ...NAMES, "市科技局", "市商务局", "推进数据开放共享", "完善统计监测制度", "主要任务"];

  // The secretariat imports and publishes the plan, then dispatches an item with a past date.
  const secretariat = await englishPage(browser, "secretariat");
  await secretariat.goto("/plans/import");
  await secretariat.getByLabel("Paste the plan text").fill(text);
  await secretariat.getByRole("button", { name: "Preview" }).click();
  await secretariat.getByRole("button", { name: "Save as draft" }).click();
  await expect(secretariat.getByRole("heading", { name: title })).toBeVisible();
  secretariat.once("dialog", (d) => d.accept());
  await secretariat.getByRole("button", { name: "Publish plan" }).click();
  await expect(secretariat.getByTestId("plan-status")).toHaveText("Published");
  await secretariat
    .getByRole("link", { name: /推进数据开放共享/ })
    .first()
    .click();
  await expect(secretariat).toHaveURL(/\/items\/\d+$/);
  const itemUrl = secretariat.url();

  const dispatch = secretariat.getByRole("region", { name: "Dispatch" });
  const due = dispatch.getByLabel("Due date", { exact: true });
  const send = dispatch.getByRole("button", { name: "Dispatch", exact: true });
  // The form offers the plan's date; without one, the browser's check answers in English.
  await due.fill("");
  await send.click();
  await expect(dispatch.locator("p.text-red-600").first()).toBeVisible();
  await expectEnglish(dispatch.locator("p.text-red-600, [role=alert]"), data, "empty dispatch");
  // A date before today is questioned by the server, in English.
  await due.fill("2026-01-31");
  await send.click();
  await expect(dispatch.getByLabel("Use this date although it is before today")).toBeVisible();
  await expectEnglish(dispatch.locator("p.text-red-600, [role=alert]"), data, "past due date");
  await due.fill("2026-12-31");
  await send.click();
  await expect(secretariat.getByTestId("dispatch-info")).toBeVisible();

  // The liaison reads the notification, acknowledges, and meets the extension form's checks.
  const liaison = await englishPage(browser, "kjj");
  await liaison.goto("/notifications");
  // Other specs' notifications name their own items (data this spec does not know): read this item's.
  const notifications = liaison.getByRole("main").getByRole("listitem").filter({ hasText: "推进数据开放共享" });
  await expect(notifications.first()).toBeVisible();
  await expectEnglish(notifications, data, "notifications");

  await liaison.goto(itemUrl);
  await liaison.getByRole("button", { name: "Acknowledge" }).click();
  const extension = liaison.getByRole("form", { name: "Request an extension" });
  await extension.getByRole("button", { name: "Submit extension request" }).click();
  await expect(extension.locator("p.text-red-600").first()).toBeVisible();
  await expectEnglish(extension.locator("p.text-red-600, [role=alert]"), data, "empty extension request");
  await extension.getByLabel("New due date").fill("2026-06-30");
  await extension.getByLabel("Reason").fill("设备采购周期较长");
  await extension.getByRole("button", { name: "Submit extension request" }).click();
  await expect(extension.locator("p.text-red-600").first()).toBeVisible();
  await expectEnglish(
    extension.locator("p.text-red-600, [role=alert]"),
    [...data, "设备采购周期较长"],
    "early extension date",
  );

  // Periods are English words, and the report form's own check speaks English.
  await liaison.goto(`${itemUrl}/report`);
  const periods = liaison.getByRole("navigation", { name: "Reporting period" }).getByRole("link");
  await expect(periods.first()).toBeVisible();
  for (const period of await periods.allInnerTexts()) expect(period).toMatch(/^(Q[1-4] \d{4}|[A-Z][a-z]+ \d{4})$/);
  await expect(liaison.getByRole("main")).toContainText(
    /(January|February|March|April|May|June|July|August|September|October|November|December) \d{4} · due/,
  );
  await liaison.getByRole("button", { name: "Submit for review" }).click();
  await expect(liaison.locator("p.text-red-600").first()).toBeVisible();
  await expectEnglish(liaison.locator("main p.text-red-600, main [role=alert]"), data, "empty report");

  // The supervisor reads the audit trail of the item: actions, fields and values in English.
  const supervisor = await englishPage(browser, "supervisor");
  await supervisor.goto("/audit");
  const rows = supervisor.getByRole("row").filter({ hasText: /推进数据开放共享/ });
  await expect(rows.first()).toBeVisible();
  await expectEnglish(rows, data, "audit row");

  // 量化考核: headings, columns and the breakdown of a score in English.
  await supervisor.goto("/scores");
  await expect(supervisor.getByRole("heading", { name: "Department scores" })).toBeVisible();
  await expectEnglish(supervisor.locator("main h1, main thead th, main label, main option"), data, "scores page");
  const score = supervisor.getByTestId("score-row").first();
  await score.locator("summary").click();
  await expectEnglish(score.locator("li"), data, "score breakdown");
});
