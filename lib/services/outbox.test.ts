import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { outboxMessages, users } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { createTestUser } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { notifyUsers } from "./notifications";
import { CLAIM_LEASE_MS, deliverPendingOutbox, enqueueMail, listOutbox, MAX_ATTEMPTS } from "./outbox";

beforeAll(setupTestDatabase);

async function pendingWebhook() {
  const [row] = await db
    .insert(outboxMessages)
    .values({
      channel: "webhook",
      recipient: "dingtalk",
      subject: "【督办提醒】测试",
      body: "正文",
      payload: { msgtype: "text", text: { content: "测试" } },
      dedupeKey: uniqueName("hook"),
    })
    .returning();
  return row!;
}

describe("outbox", () => {
  it("keeps mail held without SMTP, and a repeated dedupe key adds nothing", async () => {
    const key = uniqueName("mail");
    expect(await enqueueMail(db, { to: "a@example.gov.cn", subject: "提醒", body: "正文", dedupeKey: key })).toBe(true);
    expect(await enqueueMail(db, { to: "a@example.gov.cn", subject: "提醒", body: "正文", dedupeKey: key })).toBe(
      false,
    );
    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, key));
    expect(rows.map((r) => r.status)).toEqual(["held"]);
  });

  it("delivers pending webhook posts once, and gives up after repeated failures", async () => {
    const ok = await pendingWebhook();
    const posted: string[] = [];
    await deliverPendingOutbox({ senders: { webhook: async (m) => void posted.push(m.dedupeKey!) } });
    await deliverPendingOutbox({ senders: { webhook: async (m) => void posted.push(m.dedupeKey!) } });
    expect(posted).toEqual([ok.dedupeKey]);

    const bad = await pendingWebhook();
    for (let i = 0; i < MAX_ATTEMPTS + 1; i += 1) {
      await deliverPendingOutbox({ senders: { webhook: async () => Promise.reject(new Error("HTTP 502")) } });
    }
    const rows = await db
      .select()
      .from(outboxMessages)
      .where(inArray(outboxMessages.id, [ok.id, bad.id]))
      .orderBy(outboxMessages.id);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 1],
      ["failed", MAX_ATTEMPTS],
    ]);
    expect(rows[1]!.lastError).toBe("HTTP 502");
  });

  it("sends outside the claiming transaction, so the app can use the database while a post is on its way", async () => {
    const message = await pendingWebhook();
    const seenDuringSend: { status: string; attempts: number }[] = [];
    const slowSender = async (m: { id: number }) => {
      // Another request of the app reading the database meanwhile; on PGlite this waits forever
      // if the send runs inside the transaction that claimed the row.
      const read = db
        .select({ status: outboxMessages.status, attempts: outboxMessages.attempts })
        .from(outboxMessages)
        .where(eq(outboxMessages.id, m.id));
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("database blocked during send")), 2_000),
      );
      seenDuringSend.push(...(await Promise.race([read, timeout])));
    };
    const result = await deliverPendingOutbox({ senders: { webhook: slowSender } });
    expect(result.failed).toBe(0);
    expect(seenDuringSend).toEqual([{ status: "pending", attempts: 1 }]);
    const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, message.id));
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("does not send a message another run has claimed and is still sending", async () => {
    const message = await pendingWebhook();
    const posted: number[] = [];
    let overlapping: Promise<unknown> | undefined;
    await deliverPendingOutbox({
      senders: {
        webhook: async (m) => {
          posted.push(m.id);
          // A second run starts while this post is on its way.
          overlapping ??= deliverPendingOutbox({ senders: { webhook: async (again) => void posted.push(again.id) } });
          await overlapping;
        },
      },
    });
    expect(posted.filter((id) => id === message.id)).toHaveLength(1);

    // A claim left behind by a process that died mid-send is taken up again after the lease.
    const stale = await pendingWebhook();
    await db
      .update(outboxMessages)
      .set({ attempts: 1, sentAt: new Date(Date.now() - CLAIM_LEASE_MS - 1_000) })
      .where(eq(outboxMessages.id, stale.id));
    const retried: number[] = [];
    await deliverPendingOutbox({ senders: { webhook: async (m) => void retried.push(m.id) } });
    expect(retried).toContain(stale.id);
    const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, stale.id));
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("is readable by admins only", async () => {
    const admin = await actAs("admin");
    expect((await listOutbox({ actor: admin! })).total).toBeGreaterThan(0);
    const supervisor = await actAs("supervisor");
    await expect(listOutbox({ actor: supervisor! })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("event notifications reach the outbox", () => {
  it("holds one mail per notification for recipients with an address (no SMTP), none for those without", async () => {
    const withMail = await createTestUser("liaison", "市科技局");
    const without = await createTestUser("liaison", "市科技局");
    await db.update(users).set({ email: "kjj-test@duban.example" }).where(eq(users.id, withMail.id));
    const item = uniqueName("测试");
    await notifyUsers(db, [withMail.id, without.id], {
      kind: "item.dispatched",
      params: { code: "一", item, due: "2026-06-30" },
      link: "/items/1",
    });
    const title = `新交办任务:一 ${item}`;
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.subject, `【督办】${title}`));
    expect(mails.map((m) => [m.recipient, m.status, m.channel])).toEqual([["kjj-test@duban.example", "held", "mail"]]);
    expect(mails[0]!.body).toContain("请登录督办系统查看:/items/1");
    const listed = await listOutbox({ actor: (await actAs("admin"))!, status: "held" });
    expect(listed.rows.some((r) => r.subject === `【督办】${title}`)).toBe(true);
  });
});
