import { encode } from "next-auth/jwt";
import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import proxy from "@/proxy";

const SECRET = "proxy-test-secret-0123456789";
const event = {} as NextFetchEvent;

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterEach(() => vi.unstubAllEnvs());

async function signedIn(url: string, headers: Record<string, string> = {}) {
  const token = await encode({
    token: { sub: "1", uid: 1, role: "leader", departmentId: null, sessionEpoch: 0, sid: "test-session" },
    secret: SECRET,
  });
  return new NextRequest(url, { headers: { cookie: `next-auth.session-token=${token}`, ...headers } });
}

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy", () => {
  it("gives the sign-in page a nonce policy, and Next.js the same nonce through the request", async () => {
    const response = (await proxy(new NextRequest("http://localhost:3000/login"), event))!;
    const csp = response.headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // NextResponse.next({ request: { headers } }) hands the page render these request headers.
    expect(nonceOf(response.headers.get("x-middleware-request-content-security-policy"))).toBe(nonceOf(csp));
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("uses a fresh nonce on every signed-in page and keeps the path header the layout reads", async () => {
    const first = (await proxy(await signedIn("http://localhost:3000/items/1"), event))!;
    const second = (await proxy(await signedIn("http://localhost:3000/items/1"), event))!;
    const a = nonceOf(first.headers.get("content-security-policy"));
    expect(a).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(a);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(a);
    expect(first.headers.get("x-middleware-request-x-pathname")).toBe("/items/1");
  });

  it("still sends a signed-out visitor to sign in, and answers the API with 401", async () => {
    const page = (await proxy(new NextRequest("http://localhost:3000/items/1"), event))!;
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/login?callbackUrl=");
    const api = (await proxy(new NextRequest("http://localhost:3000/api/files/1"), event))!;
    expect(api.status).toBe(401);
    expect(api.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("adds HSTS when the site is served over https, and only then", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://duban.example.gov.cn");
    const https = (await proxy(await signedIn("https://duban.example.gov.cn/items/1"), event))!;
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000");

    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const spoofed = (await proxy(
      await signedIn("http://localhost:3000/items/1", { "x-forwarded-proto": "https" }),
      event,
    ))!;
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    const proxied = (await proxy(
      await signedIn("http://localhost:3000/items/1", { "x-forwarded-proto": "https" }),
      event,
    ))!;
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});
