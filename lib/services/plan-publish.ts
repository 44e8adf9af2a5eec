import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { plans } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { now } from "@/lib/clock";
import { conflict, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";

/** Publishes a draft plan: every signed-in user then sees it; items stay undispatched. */
export async function publishPlan({
  actor,
  planId,
  expectedVersion,
}: {
  actor: Actor;
  planId: number;
  expectedVersion: number;
}) {
  authorize(actor, "plan.publish");
  return publishPlanAs(actor, planId, expectedVersion);
}

/** The publication itself, for a user (authorised by the caller) or the system (the seed, `actor` null). */
export async function publishPlanAs(actor: Actor | null, planId: number, expectedVersion: number) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(plans).where(eq(plans.id, planId));
    if (!current) throw notFound(msg("planErrors.plan.notFound"));
    if (current.status !== "draft") throw invalidState(msg("planErrors.plan.alreadyPublished"));
    const [updated] = await tx
      .update(plans)
      .set({ status: "published", publishedAt: now(), updatedAt: new Date(), version: sql`${plans.version} + 1` })
      .where(and(eq(plans.id, planId), eq(plans.version, expectedVersion)))
      .returning({ id: plans.id, version: plans.version, status: plans.status });
    if (!updated) throw conflict();
    await recordAudit(tx, {
      actor,
      action: "plan.publish",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { status: current.status, version: current.version },
      after: { status: updated.status, version: updated.version },
    });
    return updated;
  });
}
