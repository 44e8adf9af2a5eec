import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";

/** Something to stop once no request is left, with how long it may take. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
  timeoutMs: number;
}

export interface ShutdownOptions {
  /** Run in order after the HTTP servers drained (the job worker, then the database). */
  steps: ShutdownStep[];
  exit: (code: number) => void;
  log: (message: string, detail?: Record<string, unknown>) => void;
  /** Requests in flight get this long to finish; then their connections are cut. */
  drainMs?: number;
  /** Whatever still runs then, the process exits (with 1) at this point. */
  deadlineMs?: number;
}

export interface Shutdown {
  /** Remembers a server to close (registerShutdown feeds it every server that receives a request). */
  track: (server: Server) => void;
  /** Idempotent: a second signal (npm, tsx and the shell may all forward one) changes nothing. */
  shutdown: (signal: string) => Promise<void>;
}

/** Resolves when `promise` settles or after `ms`, whichever comes first; says which. */
async function within(promise: Promise<unknown>, ms: number): Promise<"done" | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([promise.then(() => "done" as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops accepting connections, waits for requests in flight, then closes idle keep-alive connections
 * as they become idle (a closed server does not do that by itself for connections busy at close time).
 */
async function drain(server: Server, drainMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  try {
    if ((await within(closed, drainMs)) === "timeout") {
      server.closeAllConnections();
      await within(closed, 500);
    }
  } finally {
    clearInterval(sweep);
  }
}

export function createShutdown({ steps, exit, log, drainMs = 5000, deadlineMs = 9500 }: ShutdownOptions): Shutdown {
  const servers = new Set<Server>();
  let running: Promise<void> | undefined;

  async function run(signal: string): Promise<void> {
    const deadline = setTimeout(() => {
      log("shutdown: deadline passed, exiting", { deadlineMs });
      exit(1);
    }, deadlineMs);
    log("shutdown: stopping", { signal, requestsFinishWithinMs: drainMs });
    await Promise.all([...servers].map((server) => drain(server, drainMs)));
    for (const step of steps) {
      const outcome = await within(
        step.run().catch((error: unknown) => log(`shutdown: ${step.name} failed`, { err: String(error) })),
        step.timeoutMs,
      );
      if (outcome === "timeout") log(`shutdown: gave up waiting for ${step.name}`, { timeoutMs: step.timeoutMs });
    }
    clearTimeout(deadline);
    log("shutdown: done");
    exit(0);
  }

  return {
    track: (server) => {
      if (!running) servers.add(server);
    },
    shutdown: (signal) => (running ??= run(signal)),
  };
}

/**
 * Graceful stop for the Next server process (instrumentation.ts): on SIGTERM or SIGINT stop accepting
 * connections, let requests in flight finish, stop the job worker, close the database, exit 0 within
 * 10 s. Only when NEXT_MANUAL_SIG_HANDLE is set, since otherwise Next's own handler exits (143) at once
 * after closing the server and would race this one. Next does not expose its HTTP server: it is learnt
 * from the first request it receives (node's documented `http.server.request.start` channel); before
 * any request there is nothing in flight to wait for.
 */
export function registerShutdown(steps: ShutdownStep[], log: ShutdownOptions["log"]): Shutdown | undefined {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return undefined;
  const shutdown = createShutdown({ steps, log, exit: (code) => process.exit(code) });
  subscribe("http.server.request.start", (message) => shutdown.track((message as { server: Server }).server));
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => void shutdown.shutdown(signal));
  }
  return shutdown;
}
