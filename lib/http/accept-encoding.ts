/**
 * Whether a request's Accept-Encoding takes gzip (RFC 9110 §12.5.3): listed as `gzip` (or `x-gzip`,
 * or covered by `*`) with a quality above zero. No header means the client takes only identity.
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weight = weights.get("gzip") ?? weights.get("x-gzip") ?? weights.get("*");
  return weight !== undefined && weight > 0;
}
