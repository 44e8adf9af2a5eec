import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { outboxMessages } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { actAs } from "@/lib/test/session";
import { deliverPendingOutbox, enqueueMail, listOutbox, MAX_ATTEMPTS } from "./outbox";

beforeAll(setupTestDatabase);

async function pendingWebhook() {
  const [row] = await db
    .insert(outboxMessages)
    .values({ channel: "webhook", recipient: "dingtalk", subject: "【督办提醒】测试", body: "正文", payload: { msgtype: "text", text: { content: "测试" } }, dedupeKey: uniqueName("hook") })
    .returning();
  return row!;
}

describe("outbox", () => {
  it("keeps mail held without SMTP, and a repeated dedupe key adds nothing", async () => {
    const key = uniqueName("mail");
    expect(await enqueueMail(db, { to: "a@example.gov.cn", subject: "提醒", body: "正文", dedupeKey: key })).toBe(true);
    expect(await enqueueMail(db, { to: "a@example.gov.cn", subject: "提醒", body: "正文", dedupeKey: key })).toBe(false);
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
    const rows = await db.select().from(outboxMessages).where(inArray(outboxMessages.id, [ok.id, bad.id])).orderBy(outboxMessages.id);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 1],
      ["failed", MAX_ATTEMPTS],
    ]);
    expect(rows[1]!.lastError).toBe("HTTP 502");
  });

  it("is readable by admins only", async () => {
    const admin = await actAs("admin");
    expect((await listOutbox({ actor: admin! })).total).toBeGreaterThan(0);
    const supervisor = await actAs("supervisor");
    await expect(listOutbox({ actor: supervisor! })).rejects.toMatchObject({ code: "forbidden" });
  });
});
