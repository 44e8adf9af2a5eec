import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageAs, signInByApi } from "../fixtures/auth";
import { publishPlanText } from "../fixtures/publish-plan";

// A plan of its own, so the spec needs nothing but the seeded accounts and directory.
const STAMP = Date.now();
const PLAN = `长沙市视图测试${STAMP}行动计划(2026—2027年)`;
const ITEM_A = `推进视图测试甲${STAMP}`;
const ITEM_B = `推进视图测试乙${STAMP}`;
const TABS = [
  ["unacknowledged", "待签收"],
  ["toReport", "待填报"],
  ["returned", "被退回"],
  ["dueSoon", "即将到期"],
  ["overdue", "已逾期"],
] as const;

let itemUrl = "";

async function importAndDispatch(page: Page) {
  const text = [
    PLAN,
    "一、主要任务",
    `(一)${ITEM_A}。2026年6月底前完成,技术合同成交额占比达6%以上。(责任单位:市科技局、市商务局)`,
    `(二)${ITEM_B}。2026年12月底前完成。(责任单位:市科技局)`,
  ].join("\n");
  await publishPlanText(page, text, PLAN);
  const planUrl = page.url();
  for (const [title, dueOn] of [
    [ITEM_A, "2026-06-30"],
    [ITEM_B, "2026-12-31"],
  ] as const) {
    await page.goto(planUrl);
    await page
      .getByRole("region", { name: "主要任务" })
      .getByRole("link", { name: new RegExp(title) })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
    if (title === ITEM_A) itemUrl = page.url();
    const form = page.getByRole("form", { name: "交办" });
    await form.getByLabel("完成时限").fill(dueOn);
    await form.getByLabel("填报周期").selectOption({ label: "每月" });
    await form.getByRole("button", { name: "交办" }).click();
    await expect(page.getByTestId("dispatch-info")).toContainText("已于");
  }
}

async function issueNotice(page: Page) {
  await page.goto(itemUrl);
  const panel = page.getByRole("region", { name: "督办单" });
  await panel.locator("summary", { hasText: "发督办单" }).click();
  const form = panel.getByRole("form", { name: "发督办单" });
  await form.getByLabel("责任单位").selectOption({ label: "市科技局" });
  await form.getByLabel("督办", { exact: true }).check();
  await form.getByLabel("督办事由").fill("视图测试:请说明进度");
  await form.getByRole("spinbutton", { name: "工作日内答复" }).fill("5");
  await form.getByRole("button", { name: "发出" }).click();
  await expect(panel.getByRole("status")).toContainText("督办单已发出");
}

async function phone(browser: Browser, username: "kjj" | "leader" | "supervisor") {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  await signInByApi(context, username);
  return context.newPage();
}

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${page.url()} is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

// Several steps per test on a shared, busy machine: more than the default minute each.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.describe("views: liaison home, phone layouts, audit wording", () => {
  test("setup: the secretariat imports and dispatches two items; the supervisor issues a 督办单 to 市科技局", async ({
    browser,
  }) => {
    await importAndDispatch(await pageAs(browser, "secretariat"));
    await issueNotice(await pageAs(browser, "supervisor"));
  });

  test("the liaison's home counts equal the inbox tabs, every count leads to its tab, and the open 督办单 leads the page", async ({
    browser,
  }) => {
    const kjj = await pageAs(browser, "kjj");
    await kjj.goto("/");
    const notices = kjj.getByRole("region", { name: /待本单位答复的督办单/ });
    await expect(notices).toContainText(ITEM_A);
    // The notices come before the counts.
    const noticesBox = (await notices.boundingBox())!;
    const countsBox = (await kjj.getByTestId("liaison-counts").boundingBox())!;
    expect(noticesBox.y).toBeLessThan(countsBox.y);

    const home: Record<string, number> = {};
    for (const [, label] of TABS) {
      const card = kjj.getByTestId("liaison-counts").getByRole("link", { name: new RegExp(label) });
      home[label] = Number((await card.locator("span").first().innerText()).trim());
    }
    expect(home["待签收"]).toBeGreaterThanOrEqual(2);
    for (const [key, label] of TABS) {
      await kjj.goto("/");
      await kjj
        .getByTestId("liaison-counts")
        .getByRole("link", { name: new RegExp(label) })
        .click();
      await expect(kjj).toHaveURL(new RegExp(`/inbox\\?tab=${key}$`));
      await expect(kjj.getByRole("navigation", { name: "我的任务" }).locator('[aria-current="page"]')).toHaveText(
        `${label} (${home[label]})`,
      );
    }
    await kjj.goto("/");
    await notices.getByRole("link", { name: new RegExp(ITEM_A) }).click();
    await expect(kjj).toHaveURL(/\/notices\/\d+$/);
  });

  test("at 390 px the notice list, inbox, item page and leader home fit the screen and show status and deadline", async ({
    browser,
  }) => {
    const kjj = await phone(browser, "kjj");
    await kjj.goto("/notices");
    const card = kjj.getByTestId("notice-row").filter({ hasText: ITEM_A }).first();
    await expect(card).toBeVisible();
    await expect(card).toContainText("待答复");
    await expect(card).toContainText(/答复期限 \d{4}-\d{2}-\d{2}/);
    await expectNoSidewaysScroll(kjj);

    await kjj.goto("/inbox");
    for (const [, label] of TABS)
      await expect(kjj.getByRole("link", { name: new RegExp(`^${label} \\(\\d+\\)$`) })).toBeInViewport();
    await expectNoSidewaysScroll(kjj);

    await kjj.goto(itemUrl);
    const report = kjj.getByRole("link", { name: "填报进展" });
    await expect(report).toBeInViewport();
    const chips = kjj.getByRole("list", { name: "签收情况" });
    expect((await report.boundingBox())!.y).toBeLessThan((await chips.boundingBox())!.y);
    await expect(kjj.getByTestId("item-status")).toBeVisible();
    await expectNoSidewaysScroll(kjj);

    const leader = await phone(browser, "leader");
    await leader.goto("/");
    await expect(leader.getByTestId("section-health-card").first()).toBeVisible();
    await expectNoSidewaysScroll(leader);

    const supervisor = await phone(browser, "supervisor");
    for (const url of ["/notices", "/audit"]) {
      await supervisor.goto(url);
      await expectNoSidewaysScroll(supervisor);
    }
  });

  test("the report form writes targets with ≥ like the item page, and its file picker speaks Chinese", async ({
    browser,
  }) => {
    const kjj = await pageAs(browser, "kjj");
    await kjj.goto(itemUrl);
    await expect(kjj.getByText(/≥\s*6/).first()).toBeVisible();
    await kjj.goto(`${itemUrl}/report`);
    const form = kjj.getByRole("form", { name: "进展填报" });
    await expect(form).toContainText(/≥ 6/);
    await expect(form).not.toContainText(">=");
    await expect(form.getByRole("button", { name: "选择文件" })).toBeVisible();
    await expect(form.getByText("未选择文件")).toBeVisible();
    await form.getByLabel("佐证材料").setInputFiles({
      name: "佐证(视图测试).pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
    });
    await expect(form.getByText("佐证(视图测试).pdf")).toBeVisible();
    await expect(form.getByText("未选择文件")).toHaveCount(0);
  });

  test("at 1280 px the admin's navigation fits one line, with users, departments and outbox under 管理", async ({
    browser,
  }) => {
    const admin = await pageAs(browser, "admin");
    await admin.setViewportSize({ width: 1280, height: 800 });
    await admin.goto("/");
    const nav = admin.getByRole("navigation", { name: "菜单" });
    const links = nav.getByRole("link");
    const tops = new Set<number>();
    // Entries inside the closed 管理 menu have no box; every other one sits on the same line.
    for (const box of await Promise.all((await links.all()).map((l) => l.boundingBox())))
      if (box) tops.add(Math.round(box.y));
    expect([...tops], "every visible entry on one line").toHaveLength(1);
    await nav.locator("summary", { hasText: "管理" }).click();
    await nav.getByRole("link", { name: "用户管理" }).click();
    await expect(admin).toHaveURL(/\/admin\/users$/);
  });

  test("the audit page and its CSV show no raw field keys, ids, English status codes or ISO times", async ({
    browser,
  }) => {
    const supervisor = await pageAs(browser, "supervisor");
    const raw = [
      /\b[a-z]+[A-Z][A-Za-z]*\b/, // camelCase field keys: closedBy, workItemId
      /\b[a-z]+_[a-z_]+\b/, // snake_case codes: supervision_notice, in_progress
      /\b(item|notice|report|extension|completion|user|department|plan|auth|seed)\.[a-z][A-Za-z.]*\b/, // action codes: notice.close
      /\b(draft|dispatched|submitted|returned|accepted|open|responded|escalated|pending|approved|refused|published|supervise|urge)\b/,
      /\d{4}-\d{2}-\d{2}T\d{2}/,
      /sha256|#\d/,
    ];
    await supervisor.goto("/audit");
    await expect(supervisor.getByTestId("audit-row").first()).toBeVisible();
    const text = await supervisor.getByRole("table").innerText();
    for (const re of raw) expect(text, `${re}: ${re.exec(text)?.[0]}`).not.toMatch(re);
    await expect(supervisor.getByRole("table")).toContainText("发出督办单");
    await expect(supervisor.getByRole("table").getByText("登录", { exact: true })).toHaveCount(0);

    const csv = await (await supervisor.request.get("/api/export/audit")).text();
    const body = csv.split("\r\n").slice(1).join("\n");
    for (const re of raw) expect(body, `${re}: ${re.exec(body)?.[0]}`).not.toMatch(re);
    expect(body).toContain("交办");

    await supervisor.getByLabel("显示登录/退出记录").check();
    await supervisor.getByRole("button", { name: "筛选" }).click();
    await expect(supervisor.getByRole("table").getByText("登录", { exact: true }).first()).toBeVisible();
  });
});
