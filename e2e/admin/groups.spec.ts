import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

test("a group's members, once saved, stay as saved with the message on screen after the page refreshes", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/departments");
  await admin.getByRole("link", { name: "调整成员" }).first().click();
  await expect(admin).toHaveURL(/\/admin\/departments\/groups\/\d+$/);
  const member = admin.locator("label", { has: admin.locator("input[type=checkbox]:checked") }).first();
  const name = (await member.textContent())!.trim();
  const box = admin.getByRole("checkbox", { name, exact: true });

  /** Saves, and waits for the page's data to come back from the server (router.refresh). */
  async function saveAndRefresh() {
    const refreshed = admin.waitForResponse(
      (r) => r.request().method() === "GET" && r.request().headers()["rsc"] === "1" && /\/groups\/\d+/.test(r.url()),
    );
    await admin.getByRole("button", { name: "保存成员" }).click();
    await expect(admin.getByText("成员已保存")).toBeVisible();
    await refreshed;
    await admin.waitForTimeout(500);
  }

  await box.uncheck();
  await saveAndRefresh();
  await expect(admin.getByText("成员已保存")).toBeVisible();
  await expect(box).not.toBeChecked();
  await admin.reload();
  await expect(box).not.toBeChecked();

  // Put the member back, so the plans other specs import still expand the group as before.
  await box.check();
  await saveAndRefresh();
  await expect(admin.getByText("成员已保存")).toBeVisible();
  await admin.reload();
  await expect(box).toBeChecked();
});
