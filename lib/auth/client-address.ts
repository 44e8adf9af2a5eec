/**
 * The client's address as seen by the outermost of `trustedHops` reverse proxies, or null when it
 * cannot be known. Each proxy appends the address it received from to X-Forwarded-For, so only the
 * last `trustedHops` entries are trustworthy; anything left of them was written by the client.
 * With no trusted proxy the header is entirely the client's (Next.js only fills it when absent),
 * so no address is used at all and throttling falls back to the per-account limit.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined, trustedHops: number): string | null {
  if (trustedHops <= 0 || forwardedFor == null) return null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const entries = header
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length < trustedHops) return null;
  const address = entries[entries.length - trustedHops]!;
  return /^[0-9A-Fa-f.:[\]]{2,64}$/.test(address) ? address : null;
}
