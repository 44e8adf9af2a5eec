/**
 * `npm start`: validate the environment, migrate and seed the database, build when the
 * sources changed, then serve. With `--dev`, serve with `next dev` instead.
 * The build is the standalone one (as in the Dockerfile), so `.next/standalone/server.js` is ready too.
 */
import { spawn, spawnSync } from "node:child_process";
import { constants } from "node:os";
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { EnvError, isDemoMode, parseEnv } from "@/lib/env";
import { PrepareError, prepareDatabase } from "./prepare-database";
import { serverNodeFlags } from "./server-node-flags";

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

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const STANDALONE = path.join(ROOT, DIST_DIR, "standalone");

function needsBuild(): boolean {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(STANDALONE, "server.js"))) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** `node server.js` serves static files only from beside it (the Dockerfile copies the same two folders). */
function completeStandalone(): void {
  for (const dir of [path.join(DIST_DIR, "static"), "public"]) {
    const target = path.join(STANDALONE, dir);
    rmSync(target, { recursive: true, force: true });
    if (existsSync(path.join(ROOT, dir))) cpSync(path.join(ROOT, dir), target, { recursive: true });
  }
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
      env: { ...childEnv, NODE_ENV: "production", NEXT_OUTPUT: "standalone" },
      stdio: "inherit",
    });
    if (build.status !== 0) fail("构建失败 (build failed)");
    completeStandalone();
  }
  const nodeFlags = dev ? [] : serverNodeFlags(process.env.NODE_OPTIONS);
  const server = spawn(process.execPath, [...nodeFlags, NEXT_BIN, dev ? "dev" : "start", "-p", String(env.PORT)], {
    cwd: ROOT,
    // The server stops itself gracefully on SIGTERM (lib/shutdown.ts) instead of Next's own handler.
    env: dev ? childEnv : { ...childEnv, NEXT_MANUAL_SIG_HANDLE: "1" },
    stdio: "inherit",
  });
  // The server exits when it is done; this process then exits with its code (128 + n after signal n).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
}

main().catch((error) => fail(`启动失败 (start failed): ${error instanceof Error ? error.message : String(error)}`));
