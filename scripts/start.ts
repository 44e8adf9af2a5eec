/**
 * `npm start`: validate the environment, migrate and seed the database, build when the
 * sources changed, then serve. With `--dev`, serve with `next dev` instead.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { EnvError, isDemoMode, parseEnv } from "@/lib/env";
import { PrepareError, prepareDatabase } from "./prepare-database";

const ROOT = path.resolve(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "proxy.ts",
  "next.config.js",
  "package.json",
  "postcss.config.mjs",
];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  const demo = isDemoMode(env);
  try {
    await prepareDatabase(demo);
  } catch (error) {
    if (error instanceof PrepareError) fail(error.message);
    throw error;
  }
  const { getAuthSecret } = await import("@/lib/auth/secret");
  const childEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    // `next start` runs with NODE_ENV=production whatever the mode: pass the mode on explicitly.
    DEMO: demo ? "1" : "0",
    NEXTAUTH_SECRET: getAuthSecret(),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    // Resolved here, where NODE_ENV is still the user's: `next start` sets it to production.
    MFA_REQUIRED_ROLES: env.MFA_REQUIRED_ROLES.join(","),
  };
  if (!dev && needsBuild()) {
    console.log("正在构建 (building)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      env: { ...childEnv, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) fail("构建失败 (build failed)");
  }
  const server = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-p", String(env.PORT)], {
    cwd: ROOT,
    env: childEnv,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error) => fail(`启动失败 (start failed): ${error instanceof Error ? error.message : String(error)}`));
