import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signInByForm, type DemoUsername } from "../fixtures/auth";

test.describe("signing in", () => {
  for (const [username, account] of Object.entries(DEMO_ACCOUNTS)) {
    test(`${username} signs in through the form and sees name, role and department`, async ({ page }) => {
      await signInByForm(page, username as DemoUsername);
      await expect(page).toHaveURL(/\/$/);
      const header = page.getByTestId("current-user");
      await expect(header).toContainText(account.name);
      await expect(header).toContainText(account.role);
      await expect(header).toContainText(account.department);
    });
  }

  test("a wrong password shows a clear message and stays on the sign-in page", async ({ page }) => {
    await signInByForm(page, "kjj", "wrong-password");
    await expect(page.getByRole("alert").filter({ hasText: "用户名或密码不正确" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("empty fields are flagged one by one", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("请输入用户名")).toBeVisible();
    await expect(page.getByText("请输入密码")).toBeVisible();
  });

  test("an anonymous visit to an inner page lands on sign-in and returns there afterwards", async ({ page }) => {
    await page.goto("/plans");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill("demo12345");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/plans$/);
  });

  test("an anonymous API request gets 401, not a page", async ({ request }) => {
    const response = await request.get("/api/me");
    expect(response.status()).toBe(401);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInByForm(page, "supervisor");
    await expect(page.getByTestId("current-user")).toContainText("李督查");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the shell fits 375 px and the menu opens", async ({ page }) => {
    await signInByForm(page, "kjj");
    await expect(page.getByTestId("current-user")).toContainText("陈联络员");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await page.getByText("菜单").click();
    await expect(page.getByRole("navigation", { name: "菜单" }).getByRole("link", { name: "行动计划" })).toBeVisible();
  });

  test("English is available", async ({ page }) => {
    await signInByForm(page, "leader");
    await page.getByText("菜单").click();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).first().click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  });
});
