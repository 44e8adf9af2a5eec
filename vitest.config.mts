import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./vitest.global-setup.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default leaves one core idle; each file has its own database (a PGlite instance or a
    // PostgreSQL database copied from the template), so files run side by side on every core.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || os.availableParallelism(),
    // Request logs (JSON lines) would bury the test report; LOG_LEVEL=info brings them back.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
  },
});
