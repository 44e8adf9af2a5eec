import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageAs, signInByForm } from "../fixtures/auth";
import { submitAndReadAlert } from "../fixtures/sign-in-retry";

/** Each browser here claims its own source address, so these failures never throttle other specs. */
// Distinct within a run (the counter) and, against a reused server, across runs (the random octet).
const RUN_OCTET = 1 + Math.floor(Math.random() * 250);
let addressCounter = 0;
async function freshPage(browser: Browser): Promise<Page> {
  addressCounter += 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.51.${RUN_OCTET}.${addressCounter}` },
  });
  return context.newPage();
}

/** The admin creates a liaison of 市科技局 through the form; returns the one-time password shown. */
async function createLiaison(admin: Page, username: string, displayName: string): Promise<string> {
  await admin.goto("/admin/users");
  await admin.getByText("新建用户").click();
  const form = admin.getByRole("form", { name: "新建用户" });
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill(displayName);
  await form.getByLabel("角色").selectOption({ label: "联络员" });
  await form.getByRole("button", { name: "创建用户" }).click();
  await expect(form.getByText("联络员必须关联所在部门")).toBeVisible();
  await form.getByLabel("所在部门").selectOption({ label: "市科技局" });
  await form.getByRole("button", { name: "创建用户" }).click();
  await expect(form.getByText(`已创建用户 ${username}`)).toBeVisible();
  return (await form.getByTestId("temporary-password").textContent())!.trim();
}

test.describe("admin: users", () => {
  test("an admin creates a liaison, who signs in with the temporary password and must change it first", async ({
    browser,
  }) => {
    const admin = await pageAs(browser, "admin");
    const username = `e2e-liaison-${Date.now()}`;
    const temporary = await createLiaison(admin, username, "测试联络员");
    await admin.goto(`/admin/users?q=${username}`);
    await expect(admin.getByRole("row", { name: new RegExp(username) })).toContainText("市科技局");

    const user = await freshPage(browser);
    await signInByForm(user, username, temporary);
    await expect(user).toHaveURL(/\/account\/password$/);
    await expect(user.getByText("您正在使用临时密码")).toBeVisible();
    await user.goto("/plans");
    await expect(user).toHaveURL(/\/account\/password$/);
    await user.getByLabel("当前密码").fill(temporary);
    await user.getByLabel("新密码", { exact: true }).fill(username);
    await user.getByLabel("再次输入新密码").fill(username);
    await user.getByRole("button", { name: "修改密码" }).click();
    await expect(user.getByText("新密码不能与用户名相同")).toBeVisible();
    await user.getByLabel("新密码", { exact: true }).fill("A-good-passphrase-1");
    await user.getByLabel("再次输入新密码").fill("A-good-passphrase-1");
    await user.getByRole("button", { name: "修改密码" }).click();
    // Changing the password ends the old session; the form signs in again and goes home.
    await expect(user).toHaveURL(/\/$/);
    await expect(user.getByRole("heading", { name: /测试联络员/ })).toBeVisible();
    await expect(user.getByTestId("current-user")).toContainText("测试联络员");
    await expect(user.getByTestId("current-user")).toContainText("市科技局");
    await user.goto("/plans");
    await expect(user).toHaveURL(/\/plans$/);
  });

  test("after five wrong passwords the sixth attempt is refused even when correct, saying when to retry", async ({
    browser,
  }) => {
    const admin = await pageAs(browser, "admin");
    const username = `e2e-lock-${Date.now()}`;
    const temporary = await createLiaison(admin, username, "锁定测试");
    const page = await freshPage(browser);
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      // Each failure makes the next try wait a little longer (1, 2, 4 s); the helper waits.
      const text = await submitAndReadAlert(page, async () => {
        await page.getByLabel("用户名").fill(username);
        await page.getByLabel("密码").fill(`wrong-${i}`);
      });
      expect(text).toContain("用户名或密码不正确");
    }
    await signInByForm(page, username, temporary);
    await expect(page.getByText(/登录失败次数过多,请于 \d\d:\d\d\(约 1[45] 分钟后\)再试/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("deactivating a signed-in user ends their access on their next request", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const username = `e2e-off-${Date.now()}`;
    const temporary = await createLiaison(admin, username, "停用测试");
    const user = await freshPage(browser);
    await signInByForm(user, username, temporary);
    await expect(user).toHaveURL(/\/account\/password$/);

    await admin.goto(`/admin/users?q=${username}`);
    await admin.getByRole("link", { name: `编辑 ${username}` }).click();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "停用账号" }).click();
    await expect(admin.getByText("账号已停用")).toBeVisible();

    await user.goto("/account/password");
    await expect(user).toHaveURL(/\/login/);
    expect((await user.request.get("/api/me")).status()).toBe(401);
  });
});

test.describe("admin: departments", () => {
  test("an admin adds an alias to a department and sees it listed", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const alias = `科技局别名${Date.now() % 100000}`;
    await admin.goto("/admin/departments");
    await admin.getByRole("link", { name: "编辑 市科技局" }).click();
    await admin.getByLabel("新别名").fill("市发改委");
    await admin.getByRole("button", { name: "添加别名" }).click();
    await expect(admin.getByText("该名称已被其他部门使用").first()).toBeVisible();
    await admin.getByLabel("新别名").fill(alias);
    await admin.getByRole("button", { name: "添加别名" }).click();
    await expect(admin.getByRole("button", { name: `删除别名 ${alias}` })).toBeVisible();
    await admin.goto("/admin/departments");
    await expect(admin.getByRole("row", { name: /市科技局/ }).first()).toContainText(alias);
  });
});
