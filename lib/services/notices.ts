import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { supervisionNotices, type SupervisionNotice, type WorkItem } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/authz";
import { now, shanghaiDate, today } from "@/lib/clock";
import { conflict, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { addWorkingDays } from "@/lib/workdays";
import type { NoticeLevel } from "@/lib/validations/notices";
import { routes } from "@/lib/routes";
import { attachEvidence, type EvidenceUpload } from "./evidence";
import type { ItemWithAssignments } from "./item-access";
import { itemCommand, itemOfInput, type ItemAudit, type ItemChange, type Located } from "./item-command";

export const NEXT_LEVEL: Record<NoticeLevel, NoticeLevel | null> = {
  reminder: "urge",
  urge: "supervise",
  supervise: null,
};

/** Either a calendar date or "N working days from today" (counted with the holiday calendar). */
export type Deadline = { respondBy: string } | { workingDays: number };

/**
 * The values of the notice number (message `notices.number`, 督字〔year〕第 id 号). The year is the
 * Asia/Shanghai year of issue, whatever the server's time zone.
 */
export function noticeNumber(notice: { id: number; createdAt: Date }): { year: string; id: number } {
  return { year: shanghaiDate(notice.createdAt).slice(0, 4), id: notice.id };
}

export function resolveDeadline(deadline: Deadline, from: string = today()): string {
  const date = "workingDays" in deadline ? addWorkingDays(from, deadline.workingDays) : deadline.respondBy;
  if (date < from) throw invalidState(msg("planErrors.notice.respondByPast"));
  return date;
}

/** Notices (and their escalations) concern work under way: a dispatched item of a published plan. */
function assertNoticeable({ item, loaded }: { item: WorkItem; loaded: ItemWithAssignments }): void {
  if (loaded.planStatus !== "published") throw invalidState(msg("planErrors.notice.planNotPublished"));
  if (item.status === "draft") throw invalidState(msg("planErrors.notice.itemNotDispatched"));
  if (item.status !== "dispatched") throw invalidState(msg("planErrors.notice.itemCompleted"));
}

/** The notice the command is about, and through it its item. */
async function locateNotice(q: Queryable, input: { noticeId: number }): Promise<Located<SupervisionNotice>> {
  const [notice] = await q.select().from(supervisionNotices).where(eq(supervisionNotices.id, input.noticeId));
  if (!notice) throw notFound(msg("planErrors.notice.notFound"));
  return { workItemId: notice.workItemId, target: notice };
}

async function updateVersioned(
  q: Queryable,
  notice: SupervisionNotice,
  expectedVersion: number,
  set: Partial<SupervisionNotice>,
) {
  const [row] = await q
    .update(supervisionNotices)
    .set({ ...set, version: sql`${supervisionNotices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(supervisionNotices.id, notice.id), eq(supervisionNotices.version, expectedVersion)))
    .returning();
  if (!row) throw conflict();
  return row;
}

/** A new notice to one department of the item, with its audit record and the department's notification. */
async function insertNotice(
  q: Queryable,
  input: {
    actor: Actor;
    workItemId: number;
    departmentId: number;
    level: NoticeLevel;
    reason: string;
    respondBy: string;
    escalatedFromId?: number;
  },
): Promise<ItemChange<SupervisionNotice>> {
  const [notice] = await q
    .insert(supervisionNotices)
    .values({
      workItemId: input.workItemId,
      departmentId: input.departmentId,
      level: input.level,
      reason: input.reason,
      respondBy: input.respondBy,
      issuedBy: input.actor.id,
      escalatedFromId: input.escalatedFromId ?? null,
    })
    .returning();
  return {
    result: notice!,
    audit: [
      {
        action: input.escalatedFromId ? "notice.escalate" : "notice.issue",
        entityType: "supervision_notice",
        entityId: notice!.id,
        departmentId: input.departmentId,
        after: notice,
      },
    ],
    notify: [
      {
        to: { departments: [input.departmentId] },
        kind: "notice.issued",
        params: { level: input.level, respondBy: input.respondBy },
        note: input.reason,
        link: routes.notice(notice!.id),
      },
    ],
  };
}

/** The notice's record before → after, on its item and department. */
function noticeAudit(action: AuditAction, before: SupervisionNotice, after: unknown): ItemAudit {
  return {
    action,
    entityType: "supervision_notice",
    entityId: before.id,
    departmentId: before.departmentId,
    before,
    after,
  };
}

/** The pages that show a notice: the list, its own, its item's. */
const noticePages = (notice: SupervisionNotice) => [
  routes.notices,
  routes.notice(notice.id),
  routes.item(notice.workItemId),
];

interface IssueNoticeInput {
  actor: Actor;
  workItemId: number;
  departmentId: number;
  level: NoticeLevel;
  reason: string;
  deadline: Deadline;
}

/** Issues a notice about a work item to one of its assigned departments. */
export const issueNotice = itemCommand<IssueNoticeInput, null, SupervisionNotice>({
  permission: "notice.issue",
  locate: itemOfInput,
  async change(ctx) {
    const { tx, input, item, loaded } = ctx;
    assertNoticeable(ctx);
    if (!loaded.assignments.some((a) => a.departmentId === input.departmentId)) {
      throw invalidState(msg("planErrors.notice.notAssigned"));
    }
    const respondBy = resolveDeadline(input.deadline);
    return insertNotice(tx, { ...input, workItemId: item.id, respondBy });
  },
  revalidate: noticePages,
});

interface NoticeVersionInput {
  actor: Actor;
  noticeId: number;
  expectedVersion: number;
}

/** The target department's liaison answers an open notice. */
export const respondToNotice = itemCommand<
  NoticeVersionInput & { response: string; files?: EvidenceUpload[] },
  SupervisionNotice,
  SupervisionNotice
>({
  permission: "notice.respond",
  locate: locateNotice,
  // The department must be the one addressed, and still hold an assignment on the item to answer for it.
  alsoOn: (notice) => ({ type: "department", departmentId: notice.departmentId }),
  async change({ tx, actor, input, item, target: notice }) {
    if (notice.status !== "open") throw invalidState(msg("planErrors.notice.notOpen"));
    const after = await updateVersioned(tx, notice, input.expectedVersion, {
      status: "responded",
      response: input.response,
      respondedAt: now(),
      respondedBy: actor.id,
    });
    const evidence = input.files?.length
      ? await attachEvidence(tx, {
          actor,
          workItemId: notice.workItemId,
          ownerType: "supervision_notice",
          ownerId: notice.id,
          files: input.files,
        })
      : [];
    return {
      result: after,
      audit: [
        noticeAudit(
          "notice.respond",
          notice,
          evidence.length ? { ...after, evidence: evidence.map((f) => f.filename) } : after,
        ),
      ],
      notify: [
        {
          to: { users: [notice.issuedBy] },
          kind: "notice.responded",
          params: { level: notice.level, item: item.title },
          note: input.response,
          link: routes.notice(notice.id),
        },
      ],
    };
  },
  revalidate: noticePages,
});

/** The issuer's side closes a notice (open or answered). */
export const closeNotice = itemCommand<NoticeVersionInput, SupervisionNotice, SupervisionNotice>({
  permission: "notice.close",
  locate: locateNotice,
  async change({ tx, actor, input, item, target: notice }) {
    if (notice.status === "closed" || notice.status === "escalated")
      throw invalidState(msg("planErrors.notice.closedOrEscalated"));
    const after = await updateVersioned(tx, notice, input.expectedVersion, {
      status: "closed",
      closedAt: now(),
      closedBy: actor.id,
    });
    return {
      result: after,
      audit: [noticeAudit("notice.close", notice, after)],
      notify: [
        {
          to: { departments: [notice.departmentId] },
          kind: "notice.closed",
          params: { level: notice.level, item: item.title },
          link: routes.notice(notice.id),
        },
      ],
    };
  },
  revalidate: noticePages,
});

/** Marks the notice escalated and issues the next level to the same department. */
export const escalateNotice = itemCommand<
  NoticeVersionInput & { reason: string; deadline: Deadline },
  SupervisionNotice,
  SupervisionNotice
>({
  permission: "notice.issue",
  locate: locateNotice,
  async change(ctx) {
    const { tx, actor, input, item, target: notice } = ctx;
    assertNoticeable(ctx);
    const level = NEXT_LEVEL[notice.level];
    if (!level) throw invalidState(msg("planErrors.notice.highestLevel"));
    if (notice.status === "closed" || notice.status === "escalated")
      throw invalidState(msg("planErrors.notice.closedOrEscalated"));
    const respondBy = resolveDeadline(input.deadline);
    const old = await updateVersioned(tx, notice, input.expectedVersion, {
      status: "escalated",
      closedAt: now(),
      closedBy: actor.id,
    });
    const next = await insertNotice(tx, {
      actor,
      workItemId: item.id,
      departmentId: notice.departmentId,
      level,
      reason: input.reason,
      respondBy,
      escalatedFromId: notice.id,
    });
    return { ...next, audit: [noticeAudit("notice.markEscalated", notice, old), ...next.audit] };
  },
  revalidate: noticePages,
});
