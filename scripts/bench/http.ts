/** Signed-in virtual users (next-auth credentials, one session each) and timed page requests. */

export interface Sample {
  ms: number;
  bytes: number;
  ok: boolean;
  error?: string;
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in as next-auth's form does: the CSRF token, then POST /api/auth/callback/credentials. Returns the Cookie header. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(60_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => cookiesOf(res).forEach((c) => jar.set(c.slice(0, c.indexOf("=")), c));
  keep(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar.values()].join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
    signal: AbortSignal.timeout(60_000),
  });
  await res.arrayBuffer();
  keep(res);
  const session = [...jar.keys()].find((k) => k.includes("next-auth.session-token"));
  if (!session)
    throw new Error(
      `sign-in as ${username} failed (HTTP ${res.status}, ${res.headers.get("location") ?? "no redirect"})`,
    );
  return [...jar.values()].join("; ");
}

/** One GET, body read to the end. A redirect (e.g. to /login), a non-200 status or the timeout counts as an error. */
export async function timedGet(base: string, path: string, cookie: string, timeoutMs: number): Promise<Sample> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      headers: { cookie },
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.arrayBuffer();
    const ms = performance.now() - started;
    if (res.status !== 200)
      return {
        ms,
        bytes: body.byteLength,
        ok: false,
        error: `HTTP ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`,
      };
    return { ms, bytes: body.byteLength, ok: true };
  } catch (error) {
    const ms = performance.now() - started;
    const name = error instanceof Error ? error.name : "";
    const message =
      name === "TimeoutError"
        ? `timeout after ${timeoutMs / 1000} s`
        : error instanceof Error
          ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
          : String(error);
    return { ms, bytes: 0, ok: false, error: message };
  }
}

/** Sessions per username, signed in on first use and kept for the whole run (each virtual user its own). */
export class SessionPool {
  private readonly sessions = new Map<string, string[]>();

  constructor(
    private readonly base: string,
    private readonly password: string,
  ) {}

  async get(username: string, count: number): Promise<string[]> {
    const have = this.sessions.get(username) ?? [];
    while (have.length < count) {
      // A few at a time: each sign-in is a bcrypt check on the server.
      const batch = await Promise.all(
        Array.from({ length: Math.min(5, count - have.length) }, () => signIn(this.base, username, this.password)),
      );
      have.push(...batch);
    }
    this.sessions.set(username, have);
    return have.slice(0, count);
  }
}
