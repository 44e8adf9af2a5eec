import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { notifications, outboxMessages, progressReports, supervisionNotices, users } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { addDays } from "@/lib/clock";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { DIGEST_MAX_ENTRIES, runReminderScan } from "./reminders";

beforeAll(setupTestDatabase);

const TODAY = "2030-03-11";

async function inbox(username: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return db.select().from(notifications).where(eq(notifications.userId, user!.id));
}

/** The lines of the user's digests that name the item, in the order received. */
async function digestLines(username: string, itemTitle: string) {
  const digests = (await inbox(username)).filter((n) => n.kind === "reminder.digest").sort((a, b) => a.id - b.id);
  return digests
    .flatMap((n) => (n.body ?? "").split("\n"))
    .filter((line) => line.includes(itemTitle))
    .map((line) => line.replace(/^· /, ""));
}

describe("daily reminder scan", () => {
  it("sends each liaison one digest a day listing every reminder, however often it runs; mail waits in the outbox without SMTP", async () => {
    await db.update(users).set({ email: "kjj@example.gov.cn" }).where(eq(users.username, "kjj"));
    const { items } = await createTestPlan({
      items: [
        {
          title: "七天后到期的任务",
          lead: ["市科技局"],
          support: ["市商务局"],
          status: "dispatched",
          dueOn: addDays(TODAY, 7),
        },
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
    // kjj: due in 7 days, due today, overdue, notice due; swj: due in 7 days. One digest each, both mailed.
    expect(first).toMatchObject({ reminders: 5, notifications: 2, mails: 2, webhooks: 0 });
    const [digest, ...others] = await inbox("kjj");
    expect(others).toEqual([]);
    expect(digest).toMatchObject({ kind: "reminder.digest", title: "今日提醒:4 项事项需要关注", link: "/inbox" });
    // Worst first: overdue, due today, the notice, then what is due later.
    expect(digest!.body!.split("\n")).toEqual([
      "· 事项已逾期 1 天:昨天到期的任务",
      "· 事项今天到期:今天到期的任务",
      `· 督办单请于 ${TODAY} 前答复:七天后到期的任务`,
      "· 事项将于 7 天后到期:七天后到期的任务",
    ]);
    expect(await inbox("swj")).toHaveLength(1);

    const second = await runReminderScan({ today: TODAY });
    expect(second).toMatchObject({ notifications: 0, mails: 0, webhooks: 0 });
    expect(await inbox("kjj")).toHaveLength(1);
    const mail = await db
      .select()
      .from(outboxMessages)
      .where(like(outboxMessages.dedupeKey, `reminder:digest:${TODAY}:%`));
    expect(mail).toHaveLength(2);
    expect(mail.every((m) => m.status === "held" && m.channel === "mail")).toBe(true);
    const kjjMail = mail.find((m) => m.recipient === "kjj@example.gov.cn")!;
    expect(kjjMail.subject).toBe("【督办提醒】今日提醒:4 项事项需要关注");
    expect(kjjMail.body).toContain("事项今天到期:今天到期的任务");
  });

  it("lists the period's report on its due day only for the departments that have not filed it", async () => {
    const { items } = await createTestPlan({
      items: [
        {
          title: "按月报告的任务",
          lead: ["市科技局"],
          support: ["市商务局"],
          status: "dispatched",
          dueOn: "2033-12-31",
        },
      ],
    });
    const item = items[0]!;
    await db.insert(progressReports).values([
      { workItemId: item.id, departmentId: await departmentId("市科技局"), period: "2032-05", status: "submitted" },
      // A draft is not a filed report, and last month's report does not answer this month's.
      { workItemId: item.id, departmentId: await departmentId("市商务局"), period: "2032-05", status: "draft" },
      { workItemId: item.id, departmentId: await departmentId("市商务局"), period: "2032-04", status: "accepted" },
    ]);
    await runReminderScan({ today: "2032-05-25" });
    expect(await digestLines("kjj", "按月报告的任务")).toEqual([]);
    expect(await digestLines("swj", "按月报告的任务")).toEqual(["请于 2032-05-25 前填报 2032-05 进展:按月报告的任务"]);
  });

  it("repeats an overdue reminder every 7 days, not daily", async () => {
    await createTestPlan({
      items: [{ title: "长期逾期的任务", lead: ["市商务局"], status: "dispatched", dueOn: "2031-01-01" }],
    });
    for (const day of ["2031-01-02", "2031-01-03", "2031-01-09", "2031-01-05"]) await runReminderScan({ today: day });
    expect(await digestLines("swj", "长期逾期的任务")).toEqual([
      "事项已逾期 1 天:长期逾期的任务",
      "事项已逾期 8 天:长期逾期的任务",
    ]);
  });

  it("keeps a digest short: the first lines and how many more", async () => {
    const many = Array.from({ length: DIGEST_MAX_ENTRIES + 5 }, (_, i) => ({
      title: `批量到期任务${i}`,
      lead: ["芙蓉区人民政府"],
      status: "dispatched" as const,
      dueOn: "2034-06-01",
    }));
    await createTestPlan({ items: many });
    await runReminderScan({ today: "2034-06-01" });
    const [digest] = (await inbox("furong")).filter((n) => n.kind === "reminder.digest" && n.createdAt);
    const lines = digest!.body!.split("\n");
    expect(digest!.title).toBe(`今日提醒:${DIGEST_MAX_ENTRIES + 5} 项事项需要关注`);
    expect(lines).toHaveLength(DIGEST_MAX_ENTRIES + 1);
    expect(lines.at(-1)).toBe("……另有 5 项,请到“我的任务”查看");
  });
});
