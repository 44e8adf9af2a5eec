import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../fixtures/auth";

test.describe("after signing in", () => {
  for (const callback of ["/\\evil.example/", "/\t/evil.example", "https://evil.example/", "//evil.example"]) {
    test(`a callbackUrl of ${JSON.stringify(callback)} stays on this site`, async ({ page, baseURL }) => {
      // The browser must never leave for another host, even for a moment.
      await page.route(
        (url) => url.hostname.endsWith("evil.example"),
        (route) => route.abort(),
      );
      const offSite: string[] = [];
      page.on("request", (request) => {
        if (request.isNavigationRequest() && new URL(request.url()).host !== new URL(baseURL!).host)
          offSite.push(request.url());
      });
      await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
      await page.getByLabel("用户名").fill("leader");
      await page.getByLabel("密码").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("current-user")).toContainText("张市长");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(offSite).toEqual([]);
    });
  }

  test("an empty submit after a wrong password shows only the field errors", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("swj");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "用户名或密码不正确" })).toBeVisible();
    await page.getByLabel("用户名").fill("");
    await page.getByLabel("密码").fill("");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("请输入用户名")).toBeVisible();
    await expect(page.getByText("用户名或密码不正确")).toHaveCount(0);
  });
});

test.describe("signing out", () => {
  test("a copy of the session cookie stops working once its owner signs out", async ({ browser }) => {
    const owner = await browser.newContext();
    const page = await owner.newPage();
    await page.goto("/login");
    await page.getByLabel("用户名").fill("supervisor");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("current-user")).toContainText("李督查");

    const thief = await browser.newContext();
    await thief.addCookies(await owner.cookies());
    expect((await thief.request.get("/api/me")).status()).toBe(200);

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect((await thief.request.get("/api/me")).status()).toBe(401);
    const stolen = await thief.newPage();
    await stolen.goto("/");
    await expect(stolen).toHaveURL(/\/login/);
  });
});
