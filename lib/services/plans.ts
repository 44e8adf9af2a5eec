import "server-only";
import { desc } from "drizzle-orm";
import { db } from "@/db";
import { plans } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";

/** Every plan, newest first; all signed-in roles may read plans. */
export async function listPlans({ actor }: { actor: Actor }) {
  authorize(actor, "plan.read");
  return db
    .select({
      id: plans.id,
      title: plans.title,
      docNumber: plans.docNumber,
      issuer: plans.issuer,
      status: plans.status,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
    })
    .from(plans)
    .orderBy(desc(plans.createdAt));
}
