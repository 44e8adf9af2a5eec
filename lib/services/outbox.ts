import "server-only";
import { and, count, desc, eq, lt, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { outboxMessages, type OutboxMessage } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { getEnv } from "@/lib/env";

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
    .values({ channel: "mail", recipient: input.to, subject: input.subject, body: input.body, dedupeKey: input.dedupeKey, status: held ? "held" : "pending" })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** Queues a group-robot post when WEBHOOK_URL is configured; otherwise does nothing. */
export async function enqueueWebhook(q: Queryable, input: { title: string; text: string; dedupeKey: string }): Promise<boolean> {
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
  await transport.sendMail({ from: env.MAIL_FROM ?? "督办系统 <noreply@localhost>", to: message.recipient, subject: message.subject, text: message.body });
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
 * Delivers pending messages. Rows are claimed with FOR UPDATE SKIP LOCKED so several app
 * instances never send the same message twice. Mail waits (pending) until SMTP is configured.
 */
export async function deliverPendingOutbox(options: { limit?: number; senders?: Partial<Record<OutboxMessage["channel"], Sender>> } = {}) {
  const senders = { ...SENDERS, ...options.senders };
  const smtp = Boolean(getEnv().SMTP_URL);
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const where: SQL | undefined = and(eq(outboxMessages.status, "pending"), lt(outboxMessages.attempts, MAX_ATTEMPTS), smtp ? undefined : eq(outboxMessages.channel, "webhook"));
    const batch = await tx.select().from(outboxMessages).where(where).orderBy(outboxMessages.id).limit(options.limit ?? 20).for("update", { skipLocked: true });
    for (const message of batch) {
      try {
        await senders[message.channel](message);
        await tx.update(outboxMessages).set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1, lastError: null }).where(eq(outboxMessages.id, message.id));
        sent += 1;
      } catch (error) {
        const attempts = message.attempts + 1;
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await tx
          .update(outboxMessages)
          .set({ attempts, lastError, status: attempts >= MAX_ATTEMPTS ? "failed" : "pending" })
          .where(eq(outboxMessages.id, message.id));
        failed += 1;
      }
    }
  });
  return { sent, failed };
}

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox for admins, newest first. */
export async function listOutbox(params: { actor: Actor; status?: OutboxMessage["status"]; page?: number }) {
  authorize(params.actor, "outbox.read");
  const where = params.status ? eq(outboxMessages.status, params.status) : undefined;
  const page = Math.max(1, params.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db.select().from(outboxMessages).where(where).orderBy(desc(outboxMessages.id)).limit(OUTBOX_PAGE_SIZE).offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: OUTBOX_PAGE_SIZE };
}
