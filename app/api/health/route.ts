import { NextResponse } from "next/server";
import { checkSystemHealth } from "@/lib/services/system-health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and container health checks, so without a session (proxy.ts lets it through):
 * 200 with the applied migration count after a database round trip, 503 within 2 s otherwise.
 * It takes no input and says nothing else (no version, driver, host or error text).
 */
export async function GET(): Promise<Response> {
  const health = await checkSystemHealth();
  const headers = { "Cache-Control": "no-store" };
  if (!health.ok) return NextResponse.json({ status: "unavailable" }, { status: 503, headers });
  return NextResponse.json({ status: "ok", migrations: health.migrations }, { headers });
}
