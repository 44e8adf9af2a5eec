import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pageAs } from "../fixtures/auth";

/** The suite's own server runs with no configuration: the demo. */
test("with no configuration the secretariat sees the Changsha plan and the sign-in page the demo password", async ({
  browser,
  page,
}) => {
  await page.goto("/login");
  await expect(page.getByText("demo12345")).toBeVisible();
  const secretariat = await pageAs(browser, "secretariat");
  await secretariat.goto("/plans");
  await expect(secretariat.getByText("长政办发〔2023〕24号")).toBeVisible();
});

const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const ORIGIN = `http://localhost:${PORT}`;

/** npm scripts as an operator runs them, on a data folder of their own (PGlite) and the suite's build. */
function npm(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync("npm", ["run", "-s", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: "" } as NodeJS.ProcessEnv,
    input,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}`.trim() };
}

test.describe("production mode", () => {
  test.describe.configure({ timeout: 480_000 });
  // Made when the tests run (Playwright also loads this file in processes that run nothing).
  let dataDir = "";
  let production: Record<string, string> = {};
  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "duban-production-"));
    production = {
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      PORT: String(PORT),
      NEXTAUTH_URL: ORIGIN,
      JOBS_DISABLED: "1",
    };
  });
  let server: ChildProcess | undefined;
  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      // npm → tsx → next-server: signal the whole process group so no server outlives the test.
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("refuses to start while a demo account is active, then serves without a password hint", async ({ browser }) => {
    // A database that was once started as a demo still holds the demo accounts.
    expect(npm(["db:migrate"], { DATA_DIR: dataDir, DEMO: "1" }).status).toBe(0);

    const refused = npm(["start"], production);
    expect(refused.status).not.toBe(0);
    const lines = refused.out.split("\n").filter((l) => l.includes("demo"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("admin, auditor, furong, kjj, leader, secretariat, supervisor, swj");

    const created = npm(["admin:create", "--", "--username", "ops"], production, "");
    expect(created.status).toBe(0);
    const password = /temporary password, shown once\): (\S+)/.exec(created.out)?.[1];
    expect(password).toBeTruthy();
    expect(npm(["demo:remove"], production).out).toContain(
      "admin, auditor, furong, kjj, leader, secretariat, supervisor, swj",
    );

    server = spawn("npm", ["start"], {
      cwd: ROOT,
      env: { ...process.env, ...production, DATABASE_URL: "" } as NodeJS.ProcessEnv,
      stdio: "ignore",
      detached: true,
    });
    await expect
      .poll(async () => (await fetch(`${ORIGIN}/login`).catch(() => null))?.status ?? 0, {
        timeout: 300_000,
        intervals: [2000],
      })
      .toBe(200);

    const context = await browser.newContext({ baseURL: ORIGIN });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByLabel("用户名")).toBeVisible();
    await expect(page.getByText("demo12345")).toHaveCount(0);
    await expect(page.getByText("演示")).toHaveCount(0);
    // the first administrator signs in and is sent to change the temporary password
    await page.getByLabel("用户名").fill("ops");
    await page.getByLabel("密码").fill(password!);
    await page.getByRole("button", { name: "登录" }).click();
    // bcrypt and a cold server on a busy machine: allow the first sign-in its time
    await expect(page).toHaveURL(/\/account\/password/, { timeout: 60_000 });
    // a demo account no longer signs in
    const demo = await browser.newContext({ baseURL: ORIGIN });
    const csrf = (await (await demo.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await demo.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, username: "admin", password: "demo12345", json: "true" },
    });
    expect((await demo.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  });
});
