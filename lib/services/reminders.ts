import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { assignments, progressReports, supervisionNotices, users, workItems } from "@/db/schema";
import { daysBetween } from "@/lib/clock";
import type { NotificationParams } from "@/lib/i18n/notification-text";
import { periodDueOn, periodOf } from "@/lib/lifecycle/periods";
import { recordAudit } from "./audit";
import { notificationMail, notifyUsers, renderNotification } from "./notifications";
import { enqueueMail, enqueueWebhook } from "./outbox";
import { routes } from "@/lib/routes";

/** Reminder cadence, in one place (lib/settings holds only health thresholds so far). */
export const REMINDER_SETTINGS = {
  /** Remind this many days before an item's due date. */
  dueSoonDays: [7, 3] as number[],
  /** After the due date, remind on the first day and then every this many days. */
  overdueRepeatDays: 7,
  /** Remind this many days before a report falls due (and on the day). */
  reportDueSoonDays: 3,
  /** Remind this many days before a notice's respond-by date (and on the day). */
  noticeDueSoonDays: 1,
};

export type ReminderKind = "due_soon" | "due_today" | "overdue" | "report_due" | "notice_due" | "notice_overdue";

export interface Reminder {
  kind: ReminderKind;
  workItemId: number;
  departmentId: number;
  /** The values of `notifications.kinds.reminder.<kind>`. */
  params: NotificationParams;
  link: string;
}

/** The key that makes a reminder happen once per item, department, kind and day. */
export const reminderKey = (r: Pick<Reminder, "kind" | "workItemId" | "departmentId">, date: string) =>
  `reminder:${r.kind}:${r.workItemId}:${r.departmentId}:${date}`;

async function itemReminders(q: Queryable, today: string): Promise<Reminder[]> {
  const rows = await q
    .select({
      id: workItems.id,
      title: workItems.title,
      dueOn: workItems.dueOn,
      cycle: workItems.reportingCycle,
      reportDueDay: workItems.reportDueDay,
      departmentId: assignments.departmentId,
    })
    .from(workItems)
    .innerJoin(assignments, eq(assignments.workItemId, workItems.id))
    .where(eq(workItems.status, "dispatched"));
  const out: Reminder[] = [];
  const { dueSoonDays, overdueRepeatDays, reportDueSoonDays } = REMINDER_SETTINGS;
  const pending: { r: Reminder; period: string }[] = [];
  for (const row of rows) {
    const base = { workItemId: row.id, departmentId: row.departmentId, link: routes.item(row.id) };
    if (row.dueOn) {
      const left = daysBetween(today, row.dueOn);
      if (dueSoonDays.includes(left)) out.push({ ...base, kind: "due_soon", params: { days: left, item: row.title, due: row.dueOn } });
      if (left === 0) out.push({ ...base, kind: "due_today", params: { item: row.title, due: row.dueOn } });
      if (left < 0 && (-left - 1) % overdueRepeatDays === 0) {
        out.push({ ...base, kind: "overdue", params: { days: -left, item: row.title, due: row.dueOn } });
      }
    }
    const period = periodOf(today, row.cycle);
    if (period) {
      const due = periodDueOn(period, row.reportDueDay);
      const left = daysBetween(today, due);
      if (left === 0 || left === reportDueSoonDays) {
        pending.push({ period, r: { ...base, kind: "report_due", params: { due, period, item: row.title } } });
      }
    }
  }
  if (pending.length) {
    const filed = await q
      .select({ workItemId: progressReports.workItemId, departmentId: progressReports.departmentId, period: progressReports.period })
      .from(progressReports)
      // By the few periods due today, not one bind parameter per item (PostgreSQL stops at 65,535).
      .where(
        and(
          inArray(progressReports.period, [...new Set(pending.map((p) => p.period))]),
          inArray(progressReports.status, ["submitted", "accepted"]),
          inArray(progressReports.workItemId, q.select({ id: workItems.id }).from(workItems).where(eq(workItems.status, "dispatched"))),
        ),
      );
    const done = new Set(filed.map((f) => `${f.workItemId}:${f.departmentId}:${f.period}`));
    out.push(...pending.filter((p) => !done.has(`${p.r.workItemId}:${p.r.departmentId}:${p.period}`)).map((p) => p.r));
  }
  return out;
}

async function noticeReminders(q: Queryable, today: string): Promise<Reminder[]> {
  const rows = await q
    .select({ id: supervisionNotices.id, workItemId: supervisionNotices.workItemId, departmentId: supervisionNotices.departmentId, respondBy: supervisionNotices.respondBy, title: workItems.title })
    .from(supervisionNotices)
    .innerJoin(workItems, eq(workItems.id, supervisionNotices.workItemId))
    .where(eq(supervisionNotices.status, "open"));
  const out: Reminder[] = [];
  for (const n of rows) {
    const left = daysBetween(today, n.respondBy);
    const base = { workItemId: n.workItemId, departmentId: n.departmentId, link: routes.notice(n.id) };
    if (left === 0 || left === REMINDER_SETTINGS.noticeDueSoonDays) {
      out.push({ ...base, kind: "notice_due", params: { due: n.respondBy, item: n.title } });
    } else if (left < 0 && (-left - 1) % REMINDER_SETTINGS.overdueRepeatDays === 0) {
      out.push({ ...base, kind: "notice_overdue", params: { due: n.respondBy, item: n.title } });
    }
  }
  return out;
}

/** What the scan would send today, without sending it. */
export async function collectReminders(q: Queryable, today: string): Promise<Reminder[]> {
  return [...(await itemReminders(q, today)), ...(await noticeReminders(q, today))];
}

export interface ScanResult {
  reminders: number;
  notifications: number;
  mails: number;
  webhooks: number;
}

/**
 * The daily scan: in-app notifications to the departments' liaisons, mail to those with an
 * address (held in the outbox without SMTP), and a group-robot post when a webhook is set.
 * Every write carries a dedupe key, so running it again on the same day adds nothing, however
 * many app instances run it.
 */
export async function runReminderScan({ today }: { today: string }): Promise<ScanResult> {
  const reminders = await collectReminders(db, today);
  const result: ScanResult = { reminders: reminders.length, notifications: 0, mails: 0, webhooks: 0 };
  for (const reminder of reminders) {
    const key = reminderKey(reminder, today);
    const kind = `reminder.${reminder.kind}`;
    const text = renderNotification({ kind, params: reminder.params });
    await db.transaction(async (tx) => {
      const recipients = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(eq(users.departmentId, reminder.departmentId), eq(users.role, "liaison"), eq(users.isActive, true)));
      result.notifications += await notifyUsers(
        tx,
        recipients.map((u) => u.id),
        { kind, params: reminder.params, link: reminder.link, dedupeKey: key, mail: false },
      );
      const mail = notificationMail({ ...text, link: reminder.link }, "reminder");
      for (const user of recipients.filter((u) => u.email)) {
        if (await enqueueMail(tx, { to: user.email!, ...mail, dedupeKey: `${key}:mail:u${user.id}` })) result.mails += 1;
      }
      if (await enqueueWebhook(tx, { title: mail.subject, text: text.body ?? "", dedupeKey: `${key}:webhook` })) result.webhooks += 1;
    });
  }
  if (result.notifications + result.mails + result.webhooks > 0) {
    await recordAudit(db, { actor: null, action: "reminder.scan", entityType: "reminder_scan", entityId: today, after: result });
  }
  return result;
}

