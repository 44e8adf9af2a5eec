import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { pageAs } from "../fixtures/auth";
import { submitAndReadAlert } from "../fixtures/sign-in-retry";

/** The code an authenticator app shows `aheadSeconds` from now (a fresh step: each code works once). */
function codeFor(secret: string, aheadSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + aheadSeconds });
}

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("a secretariat user enrols a second factor and then signs in with password and code", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await pageAs(browser, "admin");
  const username = `e2e-mfa-${Date.now()}`;
  await admin.goto("/admin/users");
  await admin.getByText("新建用户").click();
  const form = admin.getByRole("form", { name: "新建用户" });
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("两步验证测试");
  await form.getByLabel("角色").selectOption({ label: "推进机制办公室" });
  await form.getByRole("button", { name: "创建用户" }).click();
  const temporary = (await form.getByTestId("temporary-password").textContent())!.trim();

  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, username, temporary);
  await expect(page).toHaveURL(/\/account\/password$/);
  const password = "Sekretariat-2026!";
  await page.getByLabel("当前密码").fill(temporary);
  await page.getByLabel("新密码", { exact: true }).fill("12345678");
  await page.getByLabel("再次输入新密码").fill("12345678");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText(/新密码至少 10 位/)).toBeVisible();
  await page.getByLabel("新密码", { exact: true }).fill(password);
  await page.getByLabel("再次输入新密码").fill(password);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/$/);

  // Enrol on the account page: QR code, then a code from the "phone", then the recovery codes.
  await page.goto("/account");
  await page.getByRole("button", { name: "启用两步验证" }).click();
  await expect(page.getByRole("img", { name: "两步验证二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const wrong = (await codeFor(secret)) === "000000" ? "111111" : "000000";
  await page.getByLabel("应用中显示的 6 位验证码").fill(wrong);
  await page.getByRole("button", { name: "确认启用" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "验证码不正确" })).toBeVisible();
  await page.getByLabel("应用中显示的 6 位验证码").fill(await codeFor(secret));
  await page.getByRole("button", { name: "确认启用" }).click();
  await expect(page.getByText("两步验证已启用。")).toBeVisible();
  const recoveryCodes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  await page.getByRole("button", { name: "我已保存恢复码,继续" }).click();
  await expect(page.getByTestId("current-user")).toContainText("两步验证测试");
  await signOut(page);

  // Password alone is not enough; a wrong code is refused and counts towards the lock.
  await signInWithPassword(page, username, password);
  await expect(page.getByLabel("验证码")).toBeVisible();
  for (let i = 0; i < 5; i++) {
    const text = await submitAndReadAlert(page, () => page.getByLabel("验证码").fill("000000"));
    expect(text).toContain("验证码不正确");
    // A refused attempt sends the form back to the password step only via its own button.
    await expect(page.getByLabel("验证码")).toBeVisible();
  }
  const locked = await submitAndReadAlert(page, async () => page.getByLabel("验证码").fill(await codeFor(secret, 30)));
  expect(locked).toMatch(/登录失败次数过多/);

  // The admin sees the lock and lifts it.
  await admin.goto(`/admin/users?q=${username}`);
  await admin.getByRole("link", { name: `编辑 ${username}` }).click();
  await expect(admin.getByText("因多次登录失败已锁定")).toBeVisible();
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "解除登录锁定" }).click();
  await expect(admin.getByText("已解除登录锁定")).toBeVisible();

  await page.getByLabel("验证码").fill(await codeFor(secret, 30));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByTestId("current-user")).toContainText("两步验证测试");
  await signOut(page);

  // A recovery code works once.
  await signInWithPassword(page, username, password);
  await page.getByLabel("验证码").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByTestId("current-user")).toContainText("两步验证测试");
  await page.goto("/account");
  await expect(page.getByText("剩余恢复码 9 个")).toBeVisible();
  await signOut(page);
  await signInWithPassword(page, username, password);
  const reused = await submitAndReadAlert(page, () => page.getByLabel("验证码").fill(recoveryCodes[0]!));
  expect(reused).toContain("验证码不正确");
  await expect(page).toHaveURL(/\/login/);

  // An admin resets the factor (lost phone); the next sign-in needs the password only.
  await admin.reload();
  await expect(admin.getByText("已启用两步验证")).toBeVisible();
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "重置两步验证" }).click();
  await expect(admin.getByText("两步验证已重置")).toBeVisible();
  await page.getByRole("button", { name: "返回重新输入密码" }).click();
  await signInWithPassword(page, username, password);
  await expect(page.getByTestId("current-user")).toContainText("两步验证测试");
});
