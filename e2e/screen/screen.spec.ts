import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";
import { SEED_TITLE } from "../fixtures/seed-plan";

test.describe("会商大屏 meeting-room screen", () => {
  test("a link shows the screen without signing in, and answers 404 once revoked", async ({ browser }) => {
    const secretariat = await pageAs(browser, "secretariat");
    await secretariat.goto("/board");
    await secretariat.getByRole("link", { name: "会商大屏" }).click();
    await expect(secretariat.getByRole("heading", { name: "会商大屏链接" })).toBeVisible();

    const label = `常务会议室 ${Date.now()}`;
    const form = secretariat.getByRole("form", { name: "生成大屏链接" });
    await form.getByRole("button", { name: "生成链接" }).click();
    await expect(form.getByText("请填写链接名称")).toBeVisible();
    await form.getByLabel("名称").fill(label);
    const plan = form.getByLabel("显示范围");
    const seedPlan = await plan.locator("option", { hasText: SEED_TITLE }).first().getAttribute("value");
    await plan.selectOption(seedPlan!);
    await form.getByRole("button", { name: "生成链接" }).click();
    const address = await form.getByLabel("大屏地址").inputValue();
    expect(address).toMatch(/\/screen\/[A-Za-z0-9_-]{43}$/);
    await expect(secretariat.getByRole("cell", { name: label, exact: true })).toBeVisible();

    // A fresh browser, signed out: the screen, its figures, and no navigation.
    const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const screen = await room.newPage();
    const shown = await screen.goto(address);
    expect(shown?.status()).toBe(200);
    await expect(screen.getByRole("heading", { name: new RegExp(SEED_TITLE) })).toBeVisible();
    for (const key of ["items", "red", "yellow", "green", "completed", "overdue"]) {
      await expect(screen.getByTestId(`screen-count-${key}`)).toHaveText(/^\d+$/);
    }
    await expect(screen.getByText("任务总数")).toBeVisible();
    await expect(screen.getByRole("navigation")).toHaveCount(0);
    await expect(screen.getByRole("link")).toHaveCount(0);
    await expect(screen.getByRole("button")).toHaveCount(0);

    // Nothing else became public: the management page still asks for a sign-in.
    await screen.goto("/screens");
    await expect(screen).toHaveURL(/\/login/);

    secretariat.on("dialog", (dialog) => dialog.accept());
    await secretariat.getByRole("button", { name: `撤销 ${label}` }).click();
    await expect(secretariat.getByRole("row", { name: new RegExp(label) })).toContainText("已撤销");
    await expect(secretariat.getByRole("button", { name: `撤销 ${label}` })).toHaveCount(0);

    const gone = await screen.goto(address);
    expect(gone?.status()).toBe(404);
    await room.close();
  });

  test("a leader may neither open the links page nor see its link", async ({ browser }) => {
    const leader = await pageAs(browser, "leader");
    await leader.goto("/board");
    await expect(leader.getByRole("link", { name: "会商大屏" })).toHaveCount(0);
    const response = await leader.goto("/screens");
    expect(response?.status()).toBe(403);
  });
});
