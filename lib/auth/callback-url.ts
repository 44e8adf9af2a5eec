/**
 * Where to go after sign-in: the callback resolved against the page's origin, kept only when it
 * stays on that origin. Browsers read `/\evil.example` and `/\t/evil.example` (tabs and newlines
 * are dropped) as protocol-relative URLs, so a prefix check on the raw text is not enough.
 */
export function safeCallbackUrl(callbackUrl: string | null | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  let resolved: URL;
  try {
    resolved = new URL(callbackUrl, origin);
  } catch {
    return "/";
  }
  if (resolved.origin !== new URL(origin).origin) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
