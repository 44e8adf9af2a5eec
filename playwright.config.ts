import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = `.data/e2e-${PORT}`;
/** After the seed plan's period (so its items can be overdue), inside the holiday calendar's years. */
const E2E_TODAY = "2026-03-16";
// Browsers cannot be downloaded on the build machines: use Debian's chromium when present.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  // One server process; on PGlite it is also the only database process.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // The same command users run, on a data folder of its own (or the DATABASE_URL database).
    command: `rm -rf ${DATA_DIR} && npm start`,
    url: `${BASE_URL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR,
      NEXTAUTH_URL: BASE_URL,
      // A fixed "today" keeps the specs' deadlines meaningful whatever day they run on.
      APP_TODAY: process.env.E2E_APP_TODAY ?? E2E_TODAY,
      // Request logs would bury the test report; failures still print.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
