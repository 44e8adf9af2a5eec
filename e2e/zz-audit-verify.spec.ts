import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/auth";

/**
 * Runs last (file order): after every other spec has written its records, the audit chain of the e2e
 * server's database must still be whole. The server runs the check (on PGlite it alone holds the data),
 * through the 审计员's page, which runs the same function as `npm run audit:verify`.
 */
test("the audit chain is whole and the stored health matches its sources after the whole suite", async ({
  browser,
}) => {
  const page = await pageAs(browser, "auditor");
  await page.goto("/audit/verify");
  await expect(page.getByRole("status")).toContainText("审计链完整");
  await expect(page.getByText("审计链校验失败")).toHaveCount(0);
  // The stored health (read model) still matches a fresh computation after every spec's writes.
  await expect(page.getByTestId("health-check")).toContainText(/^\d+ 项事项的红黄灯与重新计算的结果一致。$/);
});
