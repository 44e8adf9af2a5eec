import "server-only";
import { authorize, type Actor } from "@/lib/authz";
import type { HealthResult } from "@/lib/health/types";
import { loadItemHealth } from "./board";

/** The light of one dispatched or completed item (null while it is undispatched), as the board computes it. */
export async function getItemHealth({
  actor,
  planId,
  workItemId,
}: {
  actor: Actor;
  planId: number;
  workItemId: number;
}): Promise<HealthResult | null> {
  authorize(actor, "plan.read");
  // Health is computed per item: the page of one item computes nothing about the others.
  const [row] = await loadItemHealth({ planId, workItemId });
  return row?.health ?? null;
}
