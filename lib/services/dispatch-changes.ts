import "server-only";
import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db";
import {
  assignments,
  completionRequests,
  extensionRequests,
  progressReports,
  supervisionNotices,
  workItems,
} from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { AppError, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { checkDeadline } from "./dispatch";
import { updateItemVersioned } from "./item-access";
import { itemCommand, itemOfInput, type ItemAudit } from "./item-command";

export interface ChangeDueParams {
  actor: Actor;
  workItemId: number;
  /** The item's version the form was opened with. */
  expectedVersion: number;
  dueOn: string;
  confirmPastDue?: boolean;
  reason: string;
}

/**
 * 调整完成时限: the secretariat corrects the deadline of a dispatched, unfinished item, with a reason.
 * The first date stays in originalDueOn; the change is audited and the units' liaisons are told.
 */
export const changeDueDate = itemCommand<ChangeDueParams, null, { id: number; version: number; dueOn: string | null }>({
  permission: "item.dispatch",
  prepare: (params) => ({ ...params, dueOn: checkDeadline(params.dueOn, params.confirmPastDue) }),
  locate: itemOfInput,
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, input: { dueOn, reason }, loaded, item }) {
    if (item.status !== "dispatched") throw invalidState(msg("planErrors.dispatch.changeDueNotOpen"));
    if (item.dueOn === dueOn) {
      throw new AppError("validation", msg("planErrors.dispatch.dueUnchanged", { dueOn }), {
        dueOn: [msg("planErrors.dispatch.dueUnchangedField", { dueOn })],
      });
    }
    const after = await updateItemVersioned(tx, item, { dueOn, originalDueOn: item.originalDueOn ?? item.dueOn });
    return {
      result: { id: after.id, version: after.version, dueOn: after.dueOn },
      audit: [
        {
          action: "item.changeDue",
          entityType: "work_item",
          entityId: item.id,
          before: { dueOn: item.dueOn },
          after: { dueOn: after.dueOn, reason },
        },
      ],
      notify: [
        {
          to: { departments: loaded.assignments.map((a) => a.departmentId) },
          kind: "item.dueChanged",
          params: { code: item.code, item: item.title, from: item.dueOn ?? "none", to: dueOn },
          note: reason,
          link: routes.item(item.id),
        },
      ],
    };
  },
  revalidate: (result) => [routes.item(result.id)],
});

/** The item and every sub-item below it. */
async function withDescendants(q: Queryable, id: number): Promise<number[]> {
  const out = [id];
  let frontier = [id];
  while (frontier.length) {
    const rows = await q.select({ id: workItems.id }).from(workItems).where(inArray(workItems.parentId, frontier));
    frontier = rows.map((r) => r.id);
    out.push(...frontier);
  }
  return out;
}

/** Why a dispatch can no longer be withdrawn (a unit has started on it), as a message ref, or null. */
async function startedWork(q: Queryable, ids: number[]): Promise<string | null> {
  const checks: [string, Promise<{ n: number }[]>][] = [
    [
      msg("planErrors.dispatch.started.acknowledged"),
      q
        .select({ n: count() })
        .from(assignments)
        .where(and(inArray(assignments.workItemId, ids), isNotNull(assignments.acknowledgedAt))),
    ],
    [
      msg("planErrors.dispatch.started.reported"),
      q.select({ n: count() }).from(progressReports).where(inArray(progressReports.workItemId, ids)),
    ],
    [
      msg("planErrors.dispatch.started.extensionRequested"),
      q.select({ n: count() }).from(extensionRequests).where(inArray(extensionRequests.workItemId, ids)),
    ],
    [
      msg("planErrors.dispatch.started.completionRequested"),
      q.select({ n: count() }).from(completionRequests).where(inArray(completionRequests.workItemId, ids)),
    ],
    [
      msg("planErrors.dispatch.started.noticeIssued"),
      q.select({ n: count() }).from(supervisionNotices).where(inArray(supervisionNotices.workItemId, ids)),
    ],
  ];
  for (const [why, query] of checks) if (((await query)[0]?.n ?? 0) > 0) return why;
  return null;
}

/**
 * 撤回交办: before any unit has acknowledged (or reported, asked or been noticed), the secretariat
 * takes a dispatch back, with its sub-items; the item is 待交办 again with its dates kept. Audited
 * per item; the units' liaisons are told.
 */
export const withdrawDispatch = itemCommand<
  { actor: Actor; workItemId: number; expectedVersion: number; reason: string },
  null,
  { id: number; withdrawn: number }
>({
  permission: "item.dispatch",
  locate: itemOfInput,
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, input, loaded, item }) {
    if (item.status !== "dispatched") throw invalidState(msg("planErrors.dispatch.withdrawNotOpen"));
    const ids = await withDescendants(tx, item.id);
    const started = await startedWork(tx, ids);
    if (started) throw invalidState(msg("planErrors.dispatch.withdrawStarted", { reason: started }));
    const rows = await tx
      .select()
      .from(workItems)
      .where(and(inArray(workItems.id, ids), eq(workItems.status, "dispatched")));
    const audit: ItemAudit[] = [];
    for (const row of rows) {
      const after = await updateItemVersioned(tx, row, { status: "draft", dispatchedAt: null, dispatchedBy: null });
      audit.push({
        action: "item.withdrawDispatch",
        entityType: "work_item",
        entityId: row.id,
        planId: row.planId,
        workItemId: row.id,
        before: { status: row.status, dueOn: row.dueOn },
        after: { status: after.status, reason: input.reason },
      });
    }
    return {
      result: { id: item.id, withdrawn: rows.length },
      audit,
      notify: [
        {
          to: { departments: loaded.assignments.map((a) => a.departmentId) },
          kind: "item.dispatchWithdrawn",
          params: { code: item.code, item: item.title },
          note: input.reason,
          link: routes.item(item.id),
        },
      ],
    };
  },
  revalidate: (result) => [routes.item(result.id), routes.review],
});
