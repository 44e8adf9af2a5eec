import { expect, test, type Page } from "@playwright/test";
import { pageAs, signInByForm } from "../fixtures/auth";

const scriptSrc = (csp: string | undefined) => (csp ?? "").split("; ").find((d) => d.startsWith("script-src ")) ?? "";
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];

/** Collects what the browser reports when the policy blocks something. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

/** Every <script> in the served HTML carries the response's nonce (the browser hides it from the DOM). */
function expectEveryScriptHasNonce(html: string, nonce: string) {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`);
}

test.describe("strict Content-Security-Policy with per-request nonces", () => {
  test("the sign-in page runs only nonced scripts, and signing in through the form still works", async ({ page }) => {
    const violations = cspViolations(page);
    const first = await page.goto("/login");
    const csp = first!.headers()["content-security-policy"];
    expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
    const nonce = nonceOf(csp);
    expect(nonce).toBeTruthy();
    expectEveryScriptHasNonce(await first!.text(), nonce!);
    // Served over http here: no HSTS.
    expect(first!.headers()["strict-transport-security"]).toBeUndefined();

    const again = await page.goto("/login");
    expect(nonceOf(again!.headers()["content-security-policy"])).not.toBe(nonce);

    // The form only signs in when React has hydrated it (its submit handler calls next-auth).
    await signInByForm(page, "secretariat");
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.getByRole("navigation").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a signed-in page is nonced and its client-side behaviour works", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    const violations = cspViolations(page);
    const response = await page.goto("/admin/users");
    const csp = response!.headers()["content-security-policy"];
    expect(scriptSrc(csp)).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
    expectEveryScriptHasNonce(await response!.text(), nonceOf(csp)!);
    await page.getByText("新建用户").click();
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByText("请填写姓名")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a script that got into the HTML without the nonce does not run, while the page's own scripts do", async ({
    browser,
  }) => {
    const page = await pageAs(browser, "admin");
    const violations = cspViolations(page);
    // As if stored XSS had reached the markup: the response keeps its headers, the body gains a script.
    await page.route("**/admin/users", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</head>", "<script>window.injected = true</script></head>");
      await route.fulfill({ response, body });
    });
    await page.goto("/admin/users");
    await page.getByText("新建用户").click();
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByText("请填写姓名")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.join("\n")).toMatch(/inline script.*Content Security Policy|Refused to execute inline script/);
  });
});
