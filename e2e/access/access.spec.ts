import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划";
const ITEM = "强化创新驱动的科技服务";

test.describe("who may see what", () => {
  test("a liaison opening /admin/users by URL gets the no-permission page with HTTP 403", async ({ browser }) => {
    const page = await pageAs(browser, "kjj");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("navigation").first().getByRole("link", { name: "用户管理" })).toHaveCount(0);
  });

  test("a supervisor opening /admin/departments gets the no-permission page too", async ({ browser }) => {
    const page = await pageAs(browser, "supervisor");
    const response = await page.goto("/admin/departments");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });

  for (const path of ["/", "/plans", "/admin/users", "/admin/departments", "/account/password"]) {
    test(`an anonymous visit to ${path} lands on sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByLabel("用户名")).toBeVisible();
    });
  }

  test("an anonymous API request answers 401", async ({ request }) => {
    expect((await request.get("/api/me")).status()).toBe(401);
  });

  test("the site icon is served without signing in: the pages link it and /favicon.ico exists", async ({
    page,
    request,
  }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/^image\//);
    await page.goto("/login");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\//);
  });

  test("the supervisor's item page shows no edit controls the secretariat has", async ({ browser }) => {
    const secretariat = await pageAs(browser, "secretariat");
    const supervisor = await pageAs(browser, "supervisor");
    for (const page of [secretariat, supervisor]) {
      await page.goto("/plans");
      await page
        .getByRole("link", { name: new RegExp(SEED_TITLE) })
        .first()
        .click();
      await page
        .getByRole("region", { name: "主要任务" })
        .getByRole("link", { name: new RegExp(ITEM) })
        .first()
        .click();
      await expect(page.getByRole("heading", { name: new RegExp(ITEM) })).toBeVisible();
    }
    await expect(secretariat.getByRole("form", { name: "交办" })).toBeVisible();
    await expect(supervisor.getByRole("form", { name: "交办" })).toHaveCount(0);
    await expect(supervisor.getByRole("form", { name: "添加子任务" })).toHaveCount(0);
    await expect(supervisor.getByRole("button", { name: "签收" })).toHaveCount(0);
    await expect(supervisor.getByRole("link", { name: "填报进展" })).toHaveCount(0);
  });

  test("pages carry the security headers and still work under the Content-Security-Policy", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    const response = await page.goto("/admin/users");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Client-side behaviour works: a client form validates, and a server action answers.
    await page.getByText("新建用户").click();
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByText("请填写姓名")).toBeVisible();
    await form.getByLabel("用户名").fill("kjj");
    await form.getByLabel("姓名").fill("重名测试");
    await form.getByLabel("角色").selectOption({ label: "领导" });
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByText("用户名已被使用")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ browser }) => {
    const page = await pageAs(browser, "leader");
    const cookie = (await page.context().cookies()).find((c) => c.name.includes("next-auth.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
