import "server-only";
import { aliasedTable, and, count, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import {
  assignments,
  departments,
  plans,
  supervisionNotices,
  users,
  workItems,
  type SupervisionNotice,
} from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { today } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { itemWithAssignments, noticesVisibleTo } from "./notice-access";
import { NEXT_LEVEL } from "./notices";

/** Reading supervision notices: the list, one notice with what its pages may do, and the issue form's targets. */

const issuer = aliasedTable(users, "issuer");

function noticeColumns() {
  return {
    id: supervisionNotices.id,
    level: supervisionNotices.level,
    status: supervisionNotices.status,
    reason: supervisionNotices.reason,
    respondBy: supervisionNotices.respondBy,
    response: supervisionNotices.response,
    respondedAt: supervisionNotices.respondedAt,
    closedAt: supervisionNotices.closedAt,
    escalatedFromId: supervisionNotices.escalatedFromId,
    version: supervisionNotices.version,
    createdAt: supervisionNotices.createdAt,
    workItemId: supervisionNotices.workItemId,
    itemCode: workItems.code,
    itemTitle: workItems.title,
    planId: workItems.planId,
    planTitle: plans.title,
    departmentId: supervisionNotices.departmentId,
    departmentName: departments.name,
    issuedBy: supervisionNotices.issuedBy,
    issuerName: issuer.displayName,
  };
}

function baseQuery() {
  return db
    .select(noticeColumns())
    .from(supervisionNotices)
    .innerJoin(workItems, eq(workItems.id, supervisionNotices.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(departments, eq(departments.id, supervisionNotices.departmentId))
    .innerJoin(issuer, eq(issuer.id, supervisionNotices.issuedBy));
}
export type NoticeRow = Awaited<ReturnType<typeof baseQuery>>[number];

/** Notices the actor may see (the rule lives in notice-access, shared with attached files). */
const visibleTo = noticesVisibleTo;

type NoticeFilters = { actor: Actor; status?: SupervisionNotice["status"]; workItemId?: number };

function whereOf(params: NoticeFilters) {
  return and(
    visibleTo(params.actor),
    params.status ? eq(supervisionNotices.status, params.status) : undefined,
    params.workItemId ? eq(supervisionNotices.workItemId, params.workItemId) : undefined,
  );
}

/** The newest notices the actor may see (an item's panel, a home page): at most `limit`. */
export async function listNotices(params: NoticeFilters & { limit?: number }) {
  authorize(params.actor, "notice.read");
  return baseQuery()
    .where(whereOf(params))
    .orderBy(desc(supervisionNotices.createdAt), desc(supervisionNotices.id))
    .limit(params.limit ?? 200);
}

export const NOTICE_PAGE_SIZE = 50;

/** One page of the notices list, newest first, with how many there are in all. */
export async function pageNotices(params: NoticeFilters & { page?: number }) {
  authorize(params.actor, "notice.read");
  const where = whereOf(params);
  const page = Math.max(1, params.page ?? 1);
  const [rows, [total]] = await Promise.all([
    baseQuery()
      .where(where)
      .orderBy(desc(supervisionNotices.createdAt), desc(supervisionNotices.id))
      .limit(NOTICE_PAGE_SIZE)
      .offset((page - 1) * NOTICE_PAGE_SIZE),
    db.select({ n: count() }).from(supervisionNotices).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: NOTICE_PAGE_SIZE };
}

/** One notice with what the detail and print pages show; not found when outside the actor's scope. */
export async function getNotice(params: { actor: Actor; id: number }) {
  if (!can(params.actor, "notice.read")) throw notFound(msg("planErrors.notice.notVisible"));
  const [row] = await baseQuery().where(and(eq(supervisionNotices.id, params.id), visibleTo(params.actor)));
  if (!row) throw notFound(msg("planErrors.notice.notVisible"));
  const [responder] = row.response
    ? await db
        .select({ name: users.displayName })
        .from(users)
        .innerJoin(supervisionNotices, eq(supervisionNotices.respondedBy, users.id))
        .where(eq(supervisionNotices.id, row.id))
    : [];
  const { resource } = await itemWithAssignments(db, row.workItemId);
  return {
    notice: {
      ...row,
      responderName: responder?.name ?? null,
      isOverdue: row.status === "open" && row.respondBy < today(),
    },
    canRespond:
      row.status === "open" &&
      can(params.actor, "notice.respond", { type: "department", departmentId: row.departmentId }),
    canClose: (row.status === "open" || row.status === "responded") && can(params.actor, "notice.close", resource),
    canEscalate:
      (row.status === "open" || row.status === "responded") &&
      NEXT_LEVEL[row.level] !== null &&
      can(params.actor, "notice.issue", resource),
  };
}

/** Departments a notice about the item may go to (its assignments), for the issue form. */
export async function noticeTargets(params: { actor: Actor; workItemId: number }) {
  const { item, resource } = await itemWithAssignments(db, params.workItemId);
  if (!can(params.actor, "notice.issue", resource)) return null;
  const rows = await db
    .select({ id: departments.id, name: departments.name, role: assignments.role })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.workItemId, params.workItemId))
    .orderBy(assignments.position);
  return { item, departments: rows };
}
