import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

test.describe("审计员 (security auditor)", () => {
  test("reads the trail and the security events, checks the chain, and has no way into plan data", async ({
    browser,
  }) => {
    const page = await pageAs(browser, "auditor");
    await page.goto("/");
    const nav = page.getByRole("navigation").first();
    await expect(page.getByRole("link", { name: "安全事件" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "行动计划" })).toHaveCount(0);

    await page.getByRole("link", { name: "安全事件" }).click();
    await expect(page).toHaveURL(/category=security/);
    // The auditor's own sign-in is a security event.
    await expect(page.getByRole("table").getByText("赵审计员").first()).toBeVisible();

    await page.goto("/audit/verify");
    await expect(page.getByRole("status")).toContainText("审计链完整");

    const plans = await page.goto("/plans");
    expect(plans?.status()).toBe(403);

    // Every page of plan data answers 403 to the auditor, never the error page.
    const supervisor = await pageAs(browser, "supervisor");
    await supervisor.goto("/plans");
    await supervisor
      .getByRole("link", { name: /生产性服务业/ })
      .first()
      .click();
    await expect(supervisor).toHaveURL(/\/plans\/\d+$/);
    const planPath = new URL(supervisor.url()).pathname;
    const itemPath = await supervisor.locator('a[href^="/items/"]').first().getAttribute("href");
    expect(itemPath).toMatch(/^\/items\/\d+$/);
    for (const path of [
      planPath,
      `${planPath}/matrix`,
      itemPath!,
      `${itemPath!}/report`,
      "/board",
      "/ranking",
      "/review",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });

  test("a leader reads the notices list, as the notice pages", async ({ browser }) => {
    const page = await pageAs(browser, "leader");
    const response = await page.goto("/notices");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
