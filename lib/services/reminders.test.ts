import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications, outboxMessages, progressReports, supervisionNotices, users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { addDays } from "@/lib/clock";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { runReminderScan } from "./reminders";

beforeAll(setupTestDatabase);

const TODAY = "2030-03-11";

async function inbox(username: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return db.select().from(notifications).where(eq(notifications.userId, user!.id));
}

describe("daily reminder scan", () => {
  it("reminds each department once a day, however often it runs; mail waits in the outbox without SMTP", async () => {
    await db.update(users).set({ email: "kjj@example.gov.cn" }).where(eq(users.username, "kjj"));
    const { items } = await createTestPlan({
      items: [
        { title: "七天后到期的任务", lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: addDays(TODAY, 7) },
        { title: "今天到期的任务", lead: ["市科技局"], status: "dispatched", dueOn: TODAY },
        { title: "昨天到期的任务", lead: ["市科技局"], status: "dispatched", dueOn: addDays(TODAY, -1) },
        { title: "未交办的任务", lead: ["市科技局"], status: "draft", dueOn: TODAY },
      ],
    });
    const [supervisor] = await db.select({ id: users.id }).from(users).where(eq(users.username, "supervisor"));
    await db.insert(supervisionNotices).values({
      workItemId: items[0]!.id,
      departmentId: await departmentId("市科技局"),
      level: "supervise",
      reason: "进度滞后",
      respondBy: TODAY,
      issuedBy: supervisor!.id,
    });

    const first = await runReminderScan({ today: TODAY });
    // kjj: due in 7 days, due today, overdue, notice due; swj: due in 7 days. Both have an address.
    expect(first).toMatchObject({ reminders: 5, notifications: 5, mails: 5, webhooks: 0 });
    const titles = (await inbox("kjj")).map((n) => n.title).sort();
    expect(titles).toEqual(
      [
        "事项将于 7 天后到期:七天后到期的任务",
        "事项今天到期:今天到期的任务",
        "事项已逾期 1 天:昨天到期的任务",
        `督办单请于 ${TODAY} 前答复:七天后到期的任务`,
      ].sort(),
    );
    expect(await inbox("swj")).toHaveLength(1);

    const second = await runReminderScan({ today: TODAY });
    expect(second).toMatchObject({ notifications: 0, mails: 0, webhooks: 0 });
    expect(await inbox("kjj")).toHaveLength(4);
    const mail = await db.select().from(outboxMessages).where(like(outboxMessages.dedupeKey, `reminder:%:${TODAY}:%`));
    expect(mail).toHaveLength(5);
    expect(mail.every((m) => m.status === "held" && m.channel === "mail")).toBe(true);
    expect(mail.filter((m) => m.recipient === "kjj@example.gov.cn")).toHaveLength(4);
  });

  it("asks for the period's report on its due day only from the departments that have not filed it", async () => {
    const { items } = await createTestPlan({
      items: [{ title: "按月报告的任务", lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2033-12-31" }],
    });
    const item = items[0]!;
    await db.insert(progressReports).values([
      { workItemId: item.id, departmentId: await departmentId("市科技局"), period: "2032-05", status: "submitted" },
      // A draft is not a filed report, and last month's report does not answer this month's.
      { workItemId: item.id, departmentId: await departmentId("市商务局"), period: "2032-05", status: "draft" },
      { workItemId: item.id, departmentId: await departmentId("市商务局"), period: "2032-04", status: "accepted" },
    ]);
    await runReminderScan({ today: "2032-05-25" });
    const asked = async (username: string) =>
      (await inbox(username)).filter((n) => n.link === `/items/${item.id}`).map((n) => n.title);
    expect(await asked("kjj")).toEqual([]);
    expect(await asked("swj")).toEqual(["请于 2032-05-25 前填报 2032-05 进展:按月报告的任务"]);
  });

  it("repeats an overdue reminder every 7 days, not daily", async () => {
    const { items } = await createTestPlan({ items: [{ title: "长期逾期的任务", lead: ["市商务局"], status: "dispatched", dueOn: "2031-01-01" }] });
    const overdueTitles = async () => (await inbox("swj")).filter((n) => n.link === `/items/${items[0]!.id}`).map((n) => n.title);
    for (const day of ["2031-01-02", "2031-01-03", "2031-01-09", "2031-01-05"]) await runReminderScan({ today: day });
    expect(await overdueTitles()).toEqual(["事项已逾期 1 天:长期逾期的任务", "事项已逾期 8 天:长期逾期的任务"]);
  });
});
