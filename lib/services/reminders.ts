import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import { assignments, notifications, progressReports, supervisionNotices, users, workItems } from "@/db/schema";
import { daysBetween } from "@/lib/clock";
import type { NotificationParams } from "@/lib/i18n/notification-text";
import { periodDueOn, periodOf } from "@/lib/lifecycle/periods";
import { recordAudit } from "./audit";
import { notificationMail, renderNotification } from "./notifications";
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

/** One line of a digest: a reminder's kind, values and link. */
export interface DigestEntry {
  kind: ReminderKind;
  params: NotificationParams;
  link: string;
}

export interface Reminder {
  kind: ReminderKind;
  workItemId: number;
  departmentId: number;
  /** The values of `notifications.kinds.reminder.<kind>`. */
  params: NotificationParams;
  link: string;
}

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
      if (dueSoonDays.includes(left))
        out.push({ ...base, kind: "due_soon", params: { days: left, item: row.title, due: row.dueOn } });
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
      .select({
        workItemId: progressReports.workItemId,
        departmentId: progressReports.departmentId,
        period: progressReports.period,
      })
      .from(progressReports)
      // By the few periods due today, not one bind parameter per item (PostgreSQL stops at 65,535).
      .where(
        and(
          inArray(progressReports.period, [...new Set(pending.map((p) => p.period))]),
          inArray(progressReports.status, ["submitted", "accepted"]),
          inArray(
            progressReports.workItemId,
            q.select({ id: workItems.id }).from(workItems).where(eq(workItems.status, "dispatched")),
          ),
        ),
      );
    const done = new Set(filed.map((f) => `${f.workItemId}:${f.departmentId}:${f.period}`));
    out.push(...pending.filter((p) => !done.has(`${p.r.workItemId}:${p.r.departmentId}:${p.period}`)).map((p) => p.r));
  }
  return out;
}

async function noticeReminders(q: Queryable, today: string): Promise<Reminder[]> {
  const rows = await q
    .select({
      id: supervisionNotices.id,
      workItemId: supervisionNotices.workItemId,
      departmentId: supervisionNotices.departmentId,
      respondBy: supervisionNotices.respondBy,
      title: workItems.title,
    })
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
  /** Liaisons who got today's digest (one notification each). */
  notifications: number;
  mails: number;
  webhooks: number;
}

/** Worst first in a digest. */
const DIGEST_ORDER: ReminderKind[] = ["overdue", "notice_overdue", "due_today", "notice_due", "report_due", "due_soon"];
/** Lines a digest lists; the counts cover the rest. */
export const DIGEST_MAX_ENTRIES = 30;

/** A department's reminders of the day as one digest's values: counts by kind and the first lines. */
export function digestParams(reminders: Reminder[]): NotificationParams {
  const sorted = [...reminders].sort(
    (a, b) => DIGEST_ORDER.indexOf(a.kind) - DIGEST_ORDER.indexOf(b.kind) || a.workItemId - b.workItemId,
  );
  const counts = Object.fromEntries(
    DIGEST_ORDER.map((kind) => [kind, reminders.filter((r) => r.kind === kind).length]),
  );
  const entries: DigestEntry[] = sorted
    .slice(0, DIGEST_MAX_ENTRIES)
    .map((r) => ({ kind: r.kind, params: r.params, link: r.link }));
  return {
    total: reminders.length,
    more: Math.max(0, reminders.length - DIGEST_MAX_ENTRIES),
    ...counts,
    entries: JSON.stringify(entries),
  };
}

/**
 * The daily scan, set-based: each liaison of a department with something to be reminded of gets one
 * digest a day — one in-app notification listing the items (rendered in the reader's language), one
 * mail when they have an address (held in the outbox without SMTP) — and the group robot gets one
 * summary when a webhook is set. Every write carries the day in its dedupe key, so running it again on
 * the same day adds nothing, however many app instances run it.
 */
export async function runReminderScan({ today }: { today: string }): Promise<ScanResult> {
  const reminders = await collectReminders(db, today);
  const result: ScanResult = { reminders: reminders.length, notifications: 0, mails: 0, webhooks: 0 };
  if (reminders.length === 0) return result;
  const byDepartment = new Map<number, Reminder[]>();
  for (const r of reminders)
    (byDepartment.get(r.departmentId) ?? byDepartment.set(r.departmentId, []).get(r.departmentId)!).push(r);
  const kind = "reminder.digest";
  await db.transaction(async (tx) => {
    const liaisons = await tx
      .select({ id: users.id, email: users.email, departmentId: users.departmentId })
      .from(users)
      .where(
        and(inArray(users.departmentId, [...byDepartment.keys()]), eq(users.role, "liaison"), eq(users.isActive, true)),
      );
    const digests = new Map([...byDepartment].map(([dept, list]) => [dept, digestParams(list)]));
    const texts = new Map([...digests].map(([dept, params]) => [dept, renderNotification({ kind, params })]));
    const rows = liaisons.map((u) => ({
      userId: u.id,
      kind,
      params: digests.get(u.departmentId!)!,
      ...texts.get(u.departmentId!)!,
      link: routes.inbox,
      dedupeKey: `reminder:digest:${today}:u${u.id}`,
    }));
    const fresh = new Set<number>();
    for (let i = 0; i < rows.length; i += 200) {
      const inserted = await tx
        .insert(notifications)
        .values(rows.slice(i, i + 200))
        .onConflictDoNothing({ target: notifications.dedupeKey })
        .returning({ userId: notifications.userId });
      for (const n of inserted) fresh.add(n.userId);
    }
    result.notifications = fresh.size;
    for (const u of liaisons.filter((l) => l.email && fresh.has(l.id))) {
      const mail = notificationMail({ ...texts.get(u.departmentId!)!, link: routes.inbox }, "reminder");
      if (await enqueueMail(tx, { to: u.email!, ...mail, dedupeKey: `reminder:digest:${today}:mail:u${u.id}` }))
        result.mails += 1;
    }
    const summary = renderNotification({
      kind: "reminder.summary",
      params: { total: reminders.length, departments: byDepartment.size },
    });
    if (
      await enqueueWebhook(tx, {
        title: summary.title,
        text: summary.body ?? "",
        dedupeKey: `reminder:digest:${today}:webhook`,
      })
    )
      result.webhooks += 1;
  });
  if (result.notifications + result.mails + result.webhooks > 0) {
    await recordAudit(db, {
      actor: null,
      action: "reminder.scan",
      entityType: "reminder_scan",
      entityId: today,
      after: result,
    });
  }
  return result;
}
