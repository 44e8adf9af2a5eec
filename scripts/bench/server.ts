/** The production server under test: build when missing, start on the bench database, watch its memory, stop it. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { serverNodeFlags } from "../server-node-flags";

const ROOT = path.resolve(__dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Builds as `npm start` does (standalone output) when no build exists; an existing build is reused as it is. */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("no build in .next: building (next build)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_OUTPUT: "standalone", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/**
 * The environment the bench serves with: production mode (DEMO=0), no second factor required
 * (MFA_REQUIRED_ROLES empty, so the synthetic admin and secretariat accounts sign in with a password),
 * and no job worker (JOBS_DISABLED=1: its catch-up reminder scan at start would write into the
 * measurement; the bench times the scan on its own).
 */
export function serverEnv(opts: { port: number; databaseUrl: string; today?: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DEMO: "0",
    DATABASE_URL: opts.databaseUrl,
    NEXTAUTH_SECRET: "bench-load-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${opts.port}`,
    MFA_REQUIRED_ROLES: "",
    JOBS_DISABLED: "1",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "1",
    ...(opts.today ? { APP_TODAY: opts.today } : {}),
  };
}

export class BenchServer {
  private child: ChildProcess | null = null;
  private exited = false;
  readonly base: string;

  constructor(private readonly opts: { port: number; databaseUrl: string; today?: string; logFile: string }) {
    this.base = `http://localhost:${opts.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get alive(): boolean {
    return this.child !== null && !this.exited;
  }

  async start(): Promise<void> {
    const log = openSync(this.opts.logFile, "a");
    this.exited = false;
    const child = spawn(
      process.execPath,
      [...serverNodeFlags(process.env.NODE_OPTIONS), NEXT_BIN, "start", "-p", String(this.opts.port)],
      {
        cwd: ROOT,
        env: serverEnv(this.opts),
        stdio: ["ignore", log, log],
        detached: true,
      },
    );
    this.child = child;
    child.on("exit", () => (this.exited = true));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`the server exited at start; see ${this.opts.logFile}`);
      try {
        const res = await fetch(`${this.base}/login`, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error("the server did not answer /login within 120 s");
  }

  /** Stops the whole process group: SIGTERM, then SIGKILL after 5 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || this.exited) return;
    const group = -child.pid;
    try {
      process.kill(group, "SIGTERM");
    } catch {
      return;
    }
    const deadline = Date.now() + 5000;
    while (!this.exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!this.exited) {
      try {
        process.kill(group, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }

  /** Synchronous last resort (process exit handlers). */
  kill(): void {
    if (this.child?.pid && !this.exited) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

function readStatus(pid: number): { ppid: number; rssKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return { ppid, rssKb };
  } catch {
    return null;
  }
}

/** Resident memory of a process and all its descendants, in MB (VmRSS from /proc). */
export function treeRssMb(rootPid: number): number {
  const byParent = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readStatus(Number(entry));
    if (!s) continue;
    rss.set(Number(entry), s.rssKb);
    byParent.set(s.ppid, [...(byParent.get(s.ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples the server's memory every 250 ms; `peak()` since the last `reset()`. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private phasePeak = 0;
  overallPeak = 0;

  constructor(private readonly server: BenchServer) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
  }

  sample(): void {
    if (!this.server.pid || !this.server.alive) return;
    const mb = treeRssMb(this.server.pid);
    this.phasePeak = Math.max(this.phasePeak, mb);
    this.overallPeak = Math.max(this.overallPeak, mb);
  }

  reset(): void {
    this.phasePeak = 0;
    this.sample();
  }

  peak(): number {
    this.sample();
    return Math.round(this.phasePeak);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
