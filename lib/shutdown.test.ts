import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createShutdown, type ShutdownStep } from "./shutdown";

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server whose /slow answers 200 only after the client finished sending its body. */
async function startServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("done"));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, port: (server.address() as AddressInfo).port };
}

/** Sends headers and half a body; `finish()` sends the rest; `response` resolves with status and body. */
function slowRequest(port: number) {
  const req = request({
    port,
    host: "127.0.0.1",
    method: "POST",
    path: "/slow",
    headers: { "content-length": "4", connection: "keep-alive" },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
  req.write("ab");
  return { response, finish: () => req.end("cd") };
}

function recorder() {
  const events: string[] = [];
  let recorderExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => {
    recorderExit = (code) => {
      events.push(`exit ${code}`);
      resolve(code);
    };
  });
  const step = (name: string, run: () => Promise<void> = async () => {}): ShutdownStep => ({
    name,
    timeoutMs: 300,
    run: async () => {
      events.push(`${name} start`);
      await run();
      events.push(`${name} done`);
    },
  });
  return { events, exited, exit: (code: number) => recorderExit(code), step, log: () => {} };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("graceful shutdown", () => {
  it("refuses new connections, lets the request in flight finish, then stops the worker and the database and exits 0", async () => {
    const { server, port } = await startServer();
    const r = recorder();
    const { track, shutdown } = createShutdown({ steps: [r.step("jobs"), r.step("db")], exit: r.exit, log: r.log });
    track(server);
    const slow = slowRequest(port);
    await sleep(50);

    void shutdown("SIGTERM");
    await sleep(100);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    expect(r.events).toEqual([]);

    slow.finish();
    expect(await slow.response).toEqual({ status: 200, body: "done" });
    expect(await r.exited).toBe(0);
    expect(r.events).toEqual(["jobs start", "jobs done", "db start", "db done", "exit 0"]);
  });

  it("answers a second signal with the same shutdown, not a second one", async () => {
    const r = recorder();
    const { shutdown } = createShutdown({ steps: [r.step("db")], exit: r.exit, log: r.log });
    const first = shutdown("SIGTERM");
    expect(shutdown("SIGINT")).toBe(first);
    await first;
    expect(r.events).toEqual(["db start", "db done", "exit 0"]);
  });

  it("cuts a request that outlasts the drain time and goes on with the steps", async () => {
    const { server, port } = await startServer();
    const r = recorder();
    const { track, shutdown } = createShutdown({ steps: [r.step("db")], exit: r.exit, log: r.log, drainMs: 200 });
    track(server);
    const slow = slowRequest(port);
    await sleep(50);
    const started = Date.now();
    await shutdown("SIGTERM");
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(slow.response).rejects.toThrow();
    expect(r.events).toEqual(["db start", "db done", "exit 0"]);
  });

  it("gives up on a step that hangs or fails and still exits 0", async () => {
    const r = recorder();
    const { shutdown } = createShutdown({
      steps: [
        r.step("jobs", () => new Promise(() => {})),
        r.step("mail", async () => Promise.reject(new Error("boom"))),
        r.step("db"),
      ],
      exit: r.exit,
      log: r.log,
    });
    const started = Date.now();
    await shutdown("SIGTERM");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.events).toEqual(["jobs start", "mail start", "db start", "db done", "exit 0"]);
  });

  it("exits 1 at the deadline whatever still runs", async () => {
    const r = recorder();
    const hang: ShutdownStep = { name: "stuck", run: () => new Promise(() => {}), timeoutMs: 60_000 };
    const { shutdown } = createShutdown({ steps: [hang], exit: r.exit, log: r.log, deadlineMs: 200 });
    void shutdown("SIGTERM");
    expect(await r.exited).toBe(1);
  });
});
