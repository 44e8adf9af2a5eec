import "server-only";
import { and, count, desc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { outboxMessages, type OutboxMessage } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { getEnv } from "@/lib/env";
import { DEFAULT_MAIL_FROM } from "@/lib/i18n/defaults";

/** After this many failed attempts a message stops being retried and shows as failed. */
export const MAX_ATTEMPTS = 5;

export interface MailInput {
  to: string;
  subject: string;
  body: string;
  dedupeKey: string;
}

/**
 * Queues a mail. Without SMTP_URL it is kept as "held" for admins to read in the outbox.
 * Returns whether a new row was written (a repeated dedupe key adds nothing).
 */
export async function enqueueMail(q: Queryable, input: MailInput): Promise<boolean> {
  const held = !getEnv().SMTP_URL;
  const rows = await q
    .insert(outboxMessages)
    .values({
      channel: "mail",
      recipient: input.to,
      subject: input.subject,
      body: input.body,
      dedupeKey: input.dedupeKey,
      status: held ? "held" : "pending",
    })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** Queues a group-robot post when WEBHOOK_URL is configured; otherwise does nothing. */
export async function enqueueWebhook(
  q: Queryable,
  input: { title: string; text: string; dedupeKey: string },
): Promise<boolean> {
  const env = getEnv();
  if (!env.WEBHOOK_URL) return false;
  const content = `${input.title}\n${input.text}`;
  const rows = await q
    .insert(outboxMessages)
    .values({
      channel: "webhook",
      recipient: env.WEBHOOK_KIND,
      subject: input.title,
      body: input.text,
      // DingTalk and WeCom group robots both accept this text message shape.
      payload: { msgtype: "text", text: { content } },
      dedupeKey: input.dedupeKey,
    })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

type Sender = (message: OutboxMessage) => Promise<void>;

async function sendMail(message: OutboxMessage): Promise<void> {
  const env = getEnv();
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(env.SMTP_URL!);
  await transport.sendMail({
    from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    to: message.recipient,
    subject: message.subject,
    text: message.body,
  });
}

async function postWebhook(message: OutboxMessage): Promise<void> {
  const url = getEnv().WEBHOOK_URL;
  if (!url) throw new Error("WEBHOOK_URL not configured");
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message.payload),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

const SENDERS: Record<OutboxMessage["channel"], Sender> = { mail: sendMail, webhook: postWebhook };

/**
 * How long a claimed message is left to its sender before another run may take it again (a
 * process that died mid-send). Longer than a whole batch of sends.
 */
export const CLAIM_LEASE_MS = 15 * 60_000;

/**
 * Claims up to `limit` pending messages in one short transaction: FOR UPDATE SKIP LOCKED, then the
 * attempt is counted and `sentAt` set as the claim time while the status stays pending. A pending
 * row whose claim is younger than the lease is being sent by some run and is skipped, so several
 * app instances never send the same message twice.
 */
async function claimBatch(limit: number, smtp: boolean): Promise<OutboxMessage[]> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const where: SQL | undefined = and(
      eq(outboxMessages.status, "pending"),
      lt(outboxMessages.attempts, MAX_ATTEMPTS),
      or(isNull(outboxMessages.sentAt), lt(outboxMessages.sentAt, new Date(now.getTime() - CLAIM_LEASE_MS))),
      smtp ? undefined : eq(outboxMessages.channel, "webhook"),
    );
    const rows = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(where)
      .orderBy(outboxMessages.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return [];
    const claimed = await tx
      .update(outboxMessages)
      .set({ attempts: sql`${outboxMessages.attempts} + 1`, sentAt: now })
      .where(
        inArray(
          outboxMessages.id,
          rows.map((r) => r.id),
        ),
      )
      .returning();
    return claimed.sort((a, b) => a.id - b.id);
  });
}

/**
 * Delivers pending messages. Rows are claimed in a short transaction; the sends (network, up to
 * seconds each) happen outside any transaction, and each result is written on its own, so a slow
 * SMTP server or webhook never holds database locks (on PGlite: the only connection). Mail waits
 * (pending) until SMTP is configured.
 */
export async function deliverPendingOutbox(
  options: { limit?: number; senders?: Partial<Record<OutboxMessage["channel"], Sender>> } = {},
) {
  const senders = { ...SENDERS, ...options.senders };
  const batch = await claimBatch(options.limit ?? 20, Boolean(getEnv().SMTP_URL));
  let sent = 0;
  let failed = 0;
  for (const message of batch) {
    const mine = and(
      eq(outboxMessages.id, message.id),
      eq(outboxMessages.status, "pending"),
      eq(outboxMessages.attempts, message.attempts),
    );
    try {
      await senders[message.channel](message);
      await db.update(outboxMessages).set({ status: "sent", sentAt: new Date(), lastError: null }).where(mine);
      sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db
        .update(outboxMessages)
        .set({ lastError, sentAt: null, status: message.attempts >= MAX_ATTEMPTS ? "failed" : "pending" })
        .where(mine);
      failed += 1;
    }
  }
  return { sent, failed };
}

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox for admins, newest first. */
export async function listOutbox(params: { actor: Actor; status?: OutboxMessage["status"]; page?: number }) {
  authorize(params.actor, "outbox.read");
  const where = params.status ? eq(outboxMessages.status, params.status) : undefined;
  const page = Math.max(1, params.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(outboxMessages)
      .where(where)
      .orderBy(desc(outboxMessages.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: OUTBOX_PAGE_SIZE };
}

/** How many messages stand in each status: what was sent, and what waits (one grouped query). */
export async function countOutboxByStatus({
  actor,
}: {
  actor: Actor;
}): Promise<Record<OutboxMessage["status"], number>> {
  authorize(actor, "outbox.read");
  const rows = await db
    .select({ status: outboxMessages.status, n: count() })
    .from(outboxMessages)
    .groupBy(outboxMessages.status);
  const out: Record<OutboxMessage["status"], number> = { held: 0, pending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}
