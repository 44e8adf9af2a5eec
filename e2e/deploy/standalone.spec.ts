import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startTcpProxy, type TcpProxy } from "../fixtures/tcp-proxy";

/**
 * What the container runs (the Dockerfile's `node server.js`), on PostgreSQL through a TCP proxy this
 * test controls: health, the database going away and coming back, and a graceful stop on SIGTERM.
 * It always uses a database of its own on the local PostgreSQL server, whichever database the suite uses.
 */
const ROOT = path.resolve(__dirname, "../..");
const STANDALONE = path.join(ROOT, ".next", "standalone");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PG = { host: "127.0.0.1", port: 5432 };

function psql(sql: string) {
  const result = spawnSync(
    "psql",
    ["-h", PG.host, "-p", String(PG.port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql],
    {
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
}

async function health(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  return { status: response?.status ?? 0, ms: Date.now() - started };
}

/** Sends a request's headers and half its body, so the server holds it open until `finish()`. */
function slowRequest() {
  const socket = net.connect(PORT, "127.0.0.1");
  const body = "csrfToken=x&username=nobody&password=wrong-password";
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n` +
      body.slice(0, half),
  );
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString()));
  const ended = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  socket.on("error", () => {});
  return { finish: () => socket.write(body.slice(half)), response: ended };
}

test.describe.serial("the standalone server on PostgreSQL", () => {
  test.describe.configure({ timeout: 180_000 });
  const database = `duban_e2e_standalone_${process.pid}_${Date.now()}`;
  let proxy: TcpProxy | undefined;
  let server: ChildProcess | undefined;
  let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

  test.beforeAll(async () => {
    expect(existsSync(path.join(STANDALONE, "server.js")), "npm start builds the standalone server").toBe(true);
    psql(`CREATE DATABASE ${database}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `postgres://postgres@${PG.host}:${PG.port}/${database}`,
      NEXTAUTH_SECRET: "standalone-test-secret-0123456789",
    };
    const migrated = spawnSync("npm", ["run", "-s", "db:migrate"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(migrated.status, migrated.stderr).toBe(0);
    proxy = await startTcpProxy(PG);
    server = spawn(process.execPath, ["server.js"], {
      cwd: STANDALONE,
      env: {
        ...env,
        DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/${database}`,
        PORT: String(PORT),
        HOSTNAME: "127.0.0.1",
        NEXTAUTH_URL: ORIGIN,
        NEXT_MANUAL_SIG_HANDLE: "1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    exit = new Promise((resolve) => server!.once("exit", (code, signal) => resolve({ code, signal })));
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill("SIGKILL");
      await exit;
    }
    await proxy?.close();
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  test("answers the health check, 503 within 2 s while the database is away, and 200 again when it is back", async () => {
    await expect.poll(async () => (await health()).status, { timeout: 60_000, intervals: [500] }).toBe(200);
    const body = await (await fetch(`${ORIGIN}/api/health`)).json();
    expect(body).toEqual({ status: "ok", migrations: expect.any(Number) });
    // The standalone folder carries what pages need (messages, static files): the sign-in page renders.
    const login = await fetch(`${ORIGIN}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("用户名");

    proxy!.drop();
    const away = await health();
    expect(away.status).toBe(503);
    expect(away.ms).toBeLessThan(2000);

    proxy!.restore();
    // No restart: the same process serves again once its pool reconnects.
    await expect.poll(async () => (await health()).status, { timeout: 20_000, intervals: [250] }).toBe(200);
    expect(server!.exitCode).toBeNull();
  });

  test("on SIGTERM finishes the request in flight, then exits 0 within 10 s", async () => {
    const slow = slowRequest();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalled = Date.now();
    server!.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Still running: it waits for the request, and accepts no new ones meanwhile.
    expect(server!.exitCode).toBeNull();
    expect((await health()).status).toBe(0);
    slow.finish();
    const response = await slow.response;
    expect(response).toMatch(/^HTTP\/1\.1 (200|302|401)/);
    const { code, signal } = await exit!;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
  });
});
