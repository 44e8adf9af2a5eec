/**
 * Security headers that depend on the request: the Content-Security-Policy with this response's
 * script nonce, and HSTS when the page was reached over https. Used by `proxy.ts`; the headers
 * that never vary stay in next.config.js.
 */

/** 16 random bytes as base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * No inline script runs without this response's nonce ('strict-dynamic' lets the scripts Next.js
 * loads with it load their chunks). Styles keep 'unsafe-inline': React's style attributes need it,
 * and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** One year, as HSTS preload lists ask; subdomains are the deployer's to decide, so not included. */
export const HSTS = "max-age=31536000";

/**
 * Whether the browser reached us over https: the configured public URL says so, or the request
 * itself came in over TLS, or (only behind `TRUSTED_PROXY_HOPS` proxies) the nearest trusted proxy
 * says it received https. A client's own X-Forwarded-Proto is never believed without a proxy.
 */
export function isHttps(input: {
  url: string;
  forwardedProto: string | null;
  publicUrl?: string;
  trustedProxyHops?: number;
}): boolean {
  if (input.publicUrl?.startsWith("https://")) return true;
  if (new URL(input.url).protocol === "https:") return true;
  const hops = input.trustedProxyHops ?? 0;
  if (hops <= 0 || !input.forwardedProto) return false;
  const protos = input.forwardedProto.split(",").map((p) => p.trim().toLowerCase());
  // Each proxy appends; the last `hops` entries are ours, the first of them is what the edge saw.
  const seenByEdge = protos[Math.max(0, protos.length - hops)];
  return seenByEdge === "https";
}

/** TRUSTED_PROXY_HOPS as a count (0 when unset or not a whole number). */
export function trustedProxyHops(value: string | undefined): number {
  const n = Number(value ?? "0");
  return Number.isInteger(n) && n > 0 ? n : 0;
}
