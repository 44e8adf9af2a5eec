import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { supervisionNotices, type SupervisionNotice } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { now, shanghaiDate, today } from "@/lib/clock";
import { conflict, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { addWorkingDays } from "@/lib/workdays";
import type { NoticeLevel } from "@/lib/validations/notices";
import { recordAudit } from "./audit";
import { attachEvidence, type EvidenceUpload } from "./evidence";
import { liaisonsOf, notifyUsers } from "./notifications";
import { itemWithAssignments } from "./notice-access";
import { routes } from "@/lib/routes";
import { writeTransaction } from "./health-store";

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
function assertNoticeable(item: { status: string; planStatus: string }): void {
  if (item.planStatus !== "published") throw invalidState(msg("planErrors.notice.planNotPublished"));
  if (item.status === "draft") throw invalidState(msg("planErrors.notice.itemNotDispatched"));
  if (item.status !== "dispatched") throw invalidState(msg("planErrors.notice.itemCompleted"));
}

async function lockNotice(q: Queryable, id: number): Promise<SupervisionNotice> {
  const [notice] = await q.select().from(supervisionNotices).where(eq(supervisionNotices.id, id));
  if (!notice) throw notFound(msg("planErrors.notice.notFound"));
  return notice;
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

async function insertNotice(
  q: Queryable,
  input: {
    actor: Actor;
    workItemId: number;
    planId: number;
    departmentId: number;
    level: NoticeLevel;
    reason: string;
    respondBy: string;
    escalatedFromId?: number;
  },
) {
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
  await recordAudit(q, {
    actor: input.actor,
    action: input.escalatedFromId ? "notice.escalate" : "notice.issue",
    entityType: "supervision_notice",
    entityId: notice!.id,
    planId: input.planId,
    workItemId: input.workItemId,
    departmentId: input.departmentId,
    after: notice,
  });
  await notifyUsers(q, await liaisonsOf(q, [input.departmentId]), {
    kind: "notice.issued",
    params: { level: input.level, respondBy: input.respondBy },
    note: input.reason,
    link: routes.notice(notice!.id),
  });
  return notice!;
}

/** Issues a notice about a work item to one of its assigned departments. */
export async function issueNotice(params: {
  actor: Actor;
  workItemId: number;
  departmentId: number;
  level: NoticeLevel;
  reason: string;
  deadline: Deadline;
}): Promise<SupervisionNotice> {
  const { actor } = params;
  return writeTransaction(async (tx) => {
    const { item, resource } = await itemWithAssignments(tx, params.workItemId);
    authorize(actor, "notice.issue", resource);
    assertNoticeable(item);
    if (resource.type === "workItem" && !resource.assignments.some((a) => a.departmentId === params.departmentId)) {
      throw invalidState(msg("planErrors.notice.notAssigned"));
    }
    const respondBy = resolveDeadline(params.deadline);
    return insertNotice(tx, {
      actor,
      workItemId: item.id,
      planId: item.planId,
      departmentId: params.departmentId,
      level: params.level,
      reason: params.reason,
      respondBy,
    });
  });
}

/** The target department's liaison answers an open notice. */
export async function respondToNotice(params: {
  actor: Actor;
  noticeId: number;
  expectedVersion: number;
  response: string;
  files?: EvidenceUpload[];
}) {
  const { actor } = params;
  return writeTransaction(async (tx) => {
    const notice = await lockNotice(tx, params.noticeId);
    authorize(actor, "notice.respond", { type: "department", departmentId: notice.departmentId });
    const { item, resource } = await itemWithAssignments(tx, notice.workItemId);
    // The department must still hold an assignment on the item to answer for it.
    authorize(actor, "notice.respond", resource);
    if (notice.status !== "open") throw invalidState(msg("planErrors.notice.notOpen"));
    const after = await updateVersioned(tx, notice, params.expectedVersion, {
      status: "responded",
      response: params.response,
      respondedAt: now(),
      respondedBy: actor.id,
    });
    const evidence = params.files?.length
      ? await attachEvidence(tx, {
          actor,
          workItemId: notice.workItemId,
          ownerType: "supervision_notice",
          ownerId: notice.id,
          files: params.files,
        })
      : [];
    await recordAudit(tx, {
      actor,
      action: "notice.respond",
      entityType: "supervision_notice",
      entityId: notice.id,
      planId: item.planId,
      workItemId: notice.workItemId,
      departmentId: notice.departmentId,
      before: notice,
      after: evidence.length ? { ...after, evidence: evidence.map((f) => f.filename) } : after,
    });
    await notifyUsers(tx, [notice.issuedBy], {
      kind: "notice.responded",
      params: { level: notice.level, item: item.title },
      note: params.response,
      link: routes.notice(notice.id),
    });
    return after;
  });
}

/** The issuer's side closes a notice (open or answered). */
export async function closeNotice(params: { actor: Actor; noticeId: number; expectedVersion: number }) {
  const { actor } = params;
  return writeTransaction(async (tx) => {
    const notice = await lockNotice(tx, params.noticeId);
    const { item, resource } = await itemWithAssignments(tx, notice.workItemId);
    authorize(actor, "notice.close", resource);
    if (notice.status === "closed" || notice.status === "escalated")
      throw invalidState(msg("planErrors.notice.closedOrEscalated"));
    const after = await updateVersioned(tx, notice, params.expectedVersion, {
      status: "closed",
      closedAt: now(),
      closedBy: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: "notice.close",
      entityType: "supervision_notice",
      entityId: notice.id,
      planId: item.planId,
      workItemId: notice.workItemId,
      departmentId: notice.departmentId,
      before: notice,
      after,
    });
    await notifyUsers(tx, await liaisonsOf(tx, [notice.departmentId]), {
      kind: "notice.closed",
      params: { level: notice.level, item: item.title },
      link: routes.notice(notice.id),
    });
    return after;
  });
}

/** Marks the notice escalated and issues the next level to the same department. */
export async function escalateNotice(params: {
  actor: Actor;
  noticeId: number;
  expectedVersion: number;
  reason: string;
  deadline: Deadline;
}) {
  const { actor } = params;
  return writeTransaction(async (tx) => {
    const notice = await lockNotice(tx, params.noticeId);
    const { item, resource } = await itemWithAssignments(tx, notice.workItemId);
    authorize(actor, "notice.issue", resource);
    assertNoticeable(item);
    const level = NEXT_LEVEL[notice.level];
    if (!level) throw invalidState(msg("planErrors.notice.highestLevel"));
    if (notice.status === "closed" || notice.status === "escalated")
      throw invalidState(msg("planErrors.notice.closedOrEscalated"));
    const respondBy = resolveDeadline(params.deadline);
    const old = await updateVersioned(tx, notice, params.expectedVersion, {
      status: "escalated",
      closedAt: now(),
      closedBy: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: "notice.markEscalated",
      entityType: "supervision_notice",
      entityId: notice.id,
      planId: item.planId,
      workItemId: notice.workItemId,
      departmentId: notice.departmentId,
      before: notice,
      after: old,
    });
    return insertNotice(tx, {
      actor,
      workItemId: item.id,
      planId: item.planId,
      departmentId: notice.departmentId,
      level,
      reason: params.reason,
      respondBy,
      escalatedFromId: notice.id,
    });
  });
}
