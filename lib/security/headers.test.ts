import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttps, trustedProxyHops } from "./headers";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;

describe("security headers", () => {
  it("allows scripts only with this response's nonce, never inline ones without it", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce);
    expect(scriptSrc(csp)).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    expect(scriptSrc(csp)).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("makes a different, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("sends HSTS only when the browser came over https", () => {
    expect(isHttps({ url: "http://localhost:3000/", forwardedProto: null })).toBe(false);
    expect(isHttps({ url: "https://duban.example.gov.cn/", forwardedProto: null })).toBe(true);
    expect(
      isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: null, publicUrl: "https://duban.example.gov.cn" }),
    ).toBe(true);
    // Without a configured proxy, a client's own X-Forwarded-Proto is not believed.
    expect(isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: "https" })).toBe(false);
    expect(isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: "https", trustedProxyHops: 1 })).toBe(true);
    expect(isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: "http", trustedProxyHops: 1 })).toBe(false);
    // Behind one trusted proxy, only the entry it appended counts, not what the client sent before it.
    expect(isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: "https, http", trustedProxyHops: 1 })).toBe(false);
    expect(isHttps({ url: "http://10.0.0.5:3000/", forwardedProto: "http, https, http", trustedProxyHops: 2 })).toBe(
      true,
    );
  });

  it("reads TRUSTED_PROXY_HOPS as a whole count, 0 when unset or nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("1.5")).toBe(0);
  });
});
