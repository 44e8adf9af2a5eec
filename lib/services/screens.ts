import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { plans, screenLinks, users } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { fieldError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";

/** Links per page of the management list. */
export const SCREEN_LINKS_PAGE_SIZE = 20;

/** 32 random bytes as base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What is stored of a token: its SHA-256, hex. The token itself never reaches the database or the log. */
export function hashScreenToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a meeting-room screen link for one published plan or all plans. Returns the token once: only
 * its hash is kept, so a lost token is replaced by a new link, never shown again.
 */
export async function createScreenLink(input: {
  actor: Actor;
  label: string;
  planId?: number;
}): Promise<{ id: number; token: string }> {
  authorize(input.actor, createScreenLink.permission);
  if (input.planId != null) {
    const [plan] = await db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.status, "published")));
    if (!plan) throw fieldError("planId", msg("screens.errors.planMissing"));
  }
  const token = randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [link] = await tx
      .insert(screenLinks)
      .values({
        tokenHash: hashScreenToken(token),
        label: input.label,
        planId: input.planId ?? null,
        createdBy: input.actor.id,
      })
      .returning({ id: screenLinks.id });
    await recordAudit(tx, {
      actor: input.actor,
      action: "screen.create",
      entityType: "screen_link",
      entityId: link!.id,
      planId: input.planId ?? null,
      before: null,
      after: { label: input.label, planId: input.planId ?? null },
    });
    return { id: link!.id, token };
  });
}
createScreenLink.permission = "screen.manage" as const;

/**
 * Revokes a link at once: the screen showing it answers 404 from its next refresh. A second revoke
 * (a double click, two secretaries) changes nothing and records nothing; the first one stands.
 */
export async function revokeScreenLink(input: { actor: Actor; id: number }): Promise<{ revoked: boolean }> {
  authorize(input.actor, revokeScreenLink.permission);
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(screenLinks)
      .set({ revokedAt: new Date(), revokedBy: input.actor.id })
      .where(and(eq(screenLinks.id, input.id), isNull(screenLinks.revokedAt)))
      .returning({ id: screenLinks.id, label: screenLinks.label, planId: screenLinks.planId });
    if (!revoked) {
      const [exists] = await tx.select({ id: screenLinks.id }).from(screenLinks).where(eq(screenLinks.id, input.id));
      if (!exists) throw notFound();
      return { revoked: false };
    }
    await recordAudit(tx, {
      actor: input.actor,
      action: "screen.revoke",
      entityType: "screen_link",
      entityId: revoked.id,
      planId: revoked.planId,
      before: { label: revoked.label, revoked: false },
      after: { label: revoked.label, revoked: true },
    });
    return { revoked: true };
  });
}
revokeScreenLink.permission = "screen.manage" as const;

const creators = alias(users, "creators");
const revokers = alias(users, "revokers");

/** The links made so far, live ones first, newest first; never their tokens. */
export async function listScreenLinks(input: { actor: Actor; page?: number }) {
  authorize(input.actor, "screen.manage");
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(screenLinks);
  const pages = Math.max(1, Math.ceil(Number(total) / SCREEN_LINKS_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), pages);
  const rows = await db
    .select({
      id: screenLinks.id,
      label: screenLinks.label,
      planId: screenLinks.planId,
      planTitle: plans.title,
      createdAt: screenLinks.createdAt,
      createdBy: creators.displayName,
      revokedAt: screenLinks.revokedAt,
      revokedBy: revokers.displayName,
      lastUsedAt: screenLinks.lastUsedAt,
    })
    .from(screenLinks)
    .leftJoin(plans, eq(plans.id, screenLinks.planId))
    .innerJoin(creators, eq(creators.id, screenLinks.createdBy))
    .leftJoin(revokers, eq(revokers.id, screenLinks.revokedBy))
    .orderBy(sql`${screenLinks.revokedAt} is not null`, desc(screenLinks.createdAt), desc(screenLinks.id))
    .limit(SCREEN_LINKS_PAGE_SIZE)
    .offset((page - 1) * SCREEN_LINKS_PAGE_SIZE);
  return { rows, total: Number(total), page, pages };
}
export type ScreenLinkRow = Awaited<ReturnType<typeof listScreenLinks>>["rows"][number];

/** What a live token opens: the link's own scope (one plan or all), not any user's. */
export interface ScreenScope {
  linkId: number;
  label: string;
  planId: number | null;
  planTitle: string | null;
}

/**
 * The link a token opens, or null when it is unknown, malformed or revoked. Marks the link as used
 * at most once a minute (a screen refreshing every minute writes one row a minute, not one per read).
 */
export async function resolveScreenToken(token: string, now: Date = new Date()): Promise<ScreenScope | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [link] = await db
    .select({
      id: screenLinks.id,
      label: screenLinks.label,
      planId: screenLinks.planId,
      planTitle: plans.title,
      lastUsedAt: screenLinks.lastUsedAt,
    })
    .from(screenLinks)
    .leftJoin(plans, eq(plans.id, screenLinks.planId))
    .where(and(eq(screenLinks.tokenHash, hashScreenToken(token)), isNull(screenLinks.revokedAt)));
  if (!link) return null;
  const minuteAgo = new Date(now.getTime() - 60_000);
  if (!link.lastUsedAt || link.lastUsedAt < minuteAgo) {
    await db
      .update(screenLinks)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(screenLinks.id, link.id),
          isNull(screenLinks.revokedAt),
          sql`(${screenLinks.lastUsedAt} is null or ${screenLinks.lastUsedAt} < ${minuteAgo.toISOString()})`,
        ),
      );
  }
  return { linkId: link.id, label: link.label, planId: link.planId, planTitle: link.planTitle };
}
