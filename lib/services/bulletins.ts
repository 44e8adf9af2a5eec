import "server-only";
import { and, count, desc, eq, max, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { bulletins, type Bulletin } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { bulletinPath, periodRef, type BulletinContent, type BulletinView } from "@/lib/bulletins/content";
import { now as clockNow, today as clockToday } from "@/lib/clock";
import { conflict, fieldError, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { renderMessage } from "@/lib/i18n/server-messages";
import { isPeriod, periodSpan } from "@/lib/lifecycle/periods";
import { recordAudit } from "./audit";
import { bulletinContent } from "./bulletin-content";
import { lightsDayFor } from "./health-history";
import { notifyUsers, usersWithRole } from "./notifications";

/** Tries at taking the next issue number before giving up (each loses only to a concurrent generation). */
const ISSUE_ATTEMPTS = 5;
export const BULLETIN_PAGE_SIZE = 20;

function viewOf(row: Bulletin): BulletinView {
  return {
    id: row.id,
    year: row.year,
    issueNo: row.issueNo,
    period: row.period,
    title: row.title,
    summary: row.summary,
    goodPractice: row.goodPractice,
    content: row.content as unknown as BulletinContent,
    snapshotOn: row.snapshotOn,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
  };
}

/**
 * Generates a draft 督查通报 for a month (2026-03) or quarter (2026-Q1) from the data as it stands today:
 * the next issue number of this year (〔2026〕第3期). Two generations at once never share a number: the
 * (year, issue_no) constraint refuses the second insert, which takes the next number and tries again.
 */
export async function generateBulletin(input: { actor: Actor; period: string }): Promise<BulletinView> {
  authorize(input.actor, generateBulletin.permission);
  if (!isPeriod(input.period)) throw fieldError("period", msg("bulletins.errors.period"));
  const today = clockToday();
  const { start, end } = periodSpan(input.period);
  if (start > today)
    throw fieldError("period", msg("bulletins.errors.periodNotBegun", { period: periodRef(input.period, msg) }));
  const until = end < today ? end : today;
  // A period already over is reported as it stood on its last day (the health history), when the
  // history reaches back that far; the bulletin records which day's lights it read.
  const snapshotOn = await lightsDayFor(until, today);
  const content = await bulletinContent({
    actor: input.actor,
    period: input.period,
    from: start,
    until,
    today,
    snapshotOn,
  });
  const year = Number(today.slice(0, 4));
  const title = renderMessage(msg("bulletins.defaultTitle", { period: periodRef(input.period, msg) }));
  for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt += 1) {
    const saved = await db.transaction(async (tx) => {
      const [{ last } = { last: 0 }] = await tx
        .select({ last: max(bulletins.issueNo) })
        .from(bulletins)
        .where(eq(bulletins.year, year));
      const [row] = await tx
        .insert(bulletins)
        .values({
          year,
          issueNo: (last ?? 0) + 1,
          period: input.period,
          title,
          content: content as unknown as Record<string, unknown>,
          snapshotOn,
          createdBy: input.actor.id,
        })
        .onConflictDoNothing({ target: [bulletins.year, bulletins.issueNo] })
        .returning();
      if (!row) return null;
      await recordAudit(tx, {
        actor: input.actor,
        action: "bulletin.create",
        entityType: "bulletin",
        entityId: row.id,
        after: { year, issueNo: row.issueNo, period: row.period, title, snapshotOn },
      });
      return row;
    });
    if (saved) return viewOf(saved);
  }
  throw conflict();
}
generateBulletin.permission = "bulletin.write" as const;

/** Why a versioned write to a bulletin changed nothing: gone, published, or edited meanwhile. */
async function refusalOf(q: Queryable, id: number): Promise<Error> {
  const [row] = await q.select({ status: bulletins.status }).from(bulletins).where(eq(bulletins.id, id));
  if (!row) return notFound();
  if (row.status === "published") return invalidState(msg("bulletins.errors.published"));
  return conflict(msg("bulletins.errors.stale"));
}

/** Edits a draft's title, summary and good practice; a stale version or a published bulletin is refused. */
export async function editBulletin(input: {
  actor: Actor;
  id: number;
  version: number;
  title: string;
  summary: string;
  goodPractice: string;
}): Promise<BulletinView> {
  authorize(input.actor, editBulletin.permission);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(bulletins).where(eq(bulletins.id, input.id));
    const changes = { title: input.title, summary: input.summary, goodPractice: input.goodPractice };
    const [after] = await tx
      .update(bulletins)
      .set({ ...changes, version: sql`${bulletins.version} + 1`, updatedAt: new Date() })
      .where(and(eq(bulletins.id, input.id), eq(bulletins.version, input.version), eq(bulletins.status, "draft")))
      .returning();
    if (!after || !before) throw await refusalOf(tx, input.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: "bulletin.edit",
      entityType: "bulletin",
      entityId: after.id,
      before: { title: before.title, summary: before.summary, goodPractice: before.goodPractice },
      after: changes,
    });
    return viewOf(after);
  });
}
editBulletin.permission = "bulletin.write" as const;

/** Publishes a draft (read-only from then on) and tells every department's liaisons, in the app and by mail. */
export async function publishBulletin(input: { actor: Actor; id: number; version: number }): Promise<BulletinView> {
  authorize(input.actor, publishBulletin.permission);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bulletins)
      .set({
        status: "published",
        publishedAt: clockNow(),
        publishedBy: input.actor.id,
        version: sql`${bulletins.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bulletins.id, input.id), eq(bulletins.version, input.version), eq(bulletins.status, "draft")))
      .returning();
    if (!row) throw await refusalOf(tx, input.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: "bulletin.publish",
      entityType: "bulletin",
      entityId: row.id,
      before: { status: "draft" },
      after: { status: "published", year: row.year, issueNo: row.issueNo, period: row.period },
    });
    await notifyUsers(tx, await usersWithRole(tx, ["liaison"]), {
      kind: "bulletinPublished",
      params: { year: row.year, issueNo: row.issueNo, title: row.title },
      link: bulletinPath(row.id),
      dedupeKey: `bulletin:${row.id}:published`,
    });
    return viewOf(row);
  });
}
publishBulletin.permission = "bulletin.write" as const;

/** Drafts are for those who write bulletins; everyone else reads published ones only. */
function visible(actor: Actor) {
  return can(actor, "bulletin.write") ? undefined : eq(bulletins.status, "published");
}

/** One page of bulletins, newest first. */
export async function listBulletins(input: { actor: Actor; page: number }) {
  authorize(input.actor, "bulletin.read");
  const where = visible(input.actor);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(bulletins).where(where);
  const rows = await db
    .select()
    .from(bulletins)
    .where(where)
    .orderBy(desc(bulletins.year), desc(bulletins.issueNo))
    .limit(BULLETIN_PAGE_SIZE)
    .offset((Math.max(1, input.page) - 1) * BULLETIN_PAGE_SIZE);
  return { rows: rows.map(viewOf), total, pages: Math.max(1, Math.ceil(total / BULLETIN_PAGE_SIZE)) };
}

/** One bulletin; a draft is "not found" to those who may not write bulletins. */
export async function getBulletin(input: { actor: Actor; id: number }): Promise<BulletinView> {
  authorize(input.actor, "bulletin.read");
  const where = visible(input.actor);
  const [row] = await db
    .select()
    .from(bulletins)
    .where(where ? and(eq(bulletins.id, input.id), where) : eq(bulletins.id, input.id));
  if (!row) throw notFound();
  return viewOf(row);
}
