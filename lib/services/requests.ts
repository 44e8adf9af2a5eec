import "server-only";
import { count, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { completionRequests, departments, extensionRequests, plans, users, workItems } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { listEvidence } from "./evidence";
import { itemResource, loadItem } from "./item-access";

// Joining users twice (requester and decider) makes drizzle's result type collapse; the decider is a subquery.
const deciderName = (column: typeof extensionRequests.decidedBy | typeof completionRequests.decidedBy) =>
  sql<string | null>`(select u.display_name from ${users} u where u.id = ${column})`;

const itemColumns = {
  workItemId: workItems.id,
  itemCode: workItems.code,
  itemTitle: workItems.title,
  itemDueOn: workItems.dueOn,
  itemOriginalDueOn: workItems.originalDueOn,
  itemStatus: workItems.status,
  itemVersion: workItems.version,
  planId: plans.id,
  planTitle: plans.title,
  departmentName: departments.name,
  requestedByName: users.displayName,
};

function extensionQuery() {
  return db
    .select({ request: extensionRequests, ...itemColumns, decidedByName: deciderName(extensionRequests.decidedBy) })
    .from(extensionRequests)
    .innerJoin(workItems, eq(workItems.id, extensionRequests.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(departments, eq(departments.id, extensionRequests.departmentId))
    .innerJoin(users, eq(users.id, extensionRequests.requestedBy));
}

function completionQuery() {
  return db
    .select({ request: completionRequests, ...itemColumns, decidedByName: deciderName(completionRequests.decidedBy) })
    .from(completionRequests)
    .innerJoin(workItems, eq(workItems.id, completionRequests.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(departments, eq(departments.id, completionRequests.departmentId))
    .innerJoin(users, eq(users.id, completionRequests.requestedBy));
}

async function withFiles<T extends { request: { id: number } }>(actor: Actor, rows: T[]) {
  const files = await listEvidence({ actor, ownerType: "completion_request", ownerIds: rows.map((r) => r.request.id) });
  return rows.map((r) => ({ ...r, files: files.filter((f) => f.ownerId === r.request.id) }));
}

/** Requests of each kind the queue shows a page. */
export const QUEUE_PAGE_SIZE = 20;

/**
 * The secretariat's queue 延期与办结申请: pending requests of both kinds (oldest first) or the decided
 * ones (latest first), a page of each kind at a time with its total.
 */
export async function listRequestQueue({
  actor,
  status = "pending",
  pages = {},
}: {
  actor: Actor;
  status?: "pending" | "decided";
  pages?: { extensions?: number; completions?: number };
}) {
  if (!can(actor, "extension.decide")) authorize(actor, "completion.decide");
  const statuses = status === "pending" ? (["pending"] as const) : (["approved", "refused"] as const);
  const pending = status === "pending";
  const offset = (page = 1) => (Math.max(1, page) - 1) * QUEUE_PAGE_SIZE;
  const [extensions, completions, [extensionTotal], [completionTotal]] = await Promise.all([
    extensionQuery()
      .where(inArray(extensionRequests.status, [...statuses]))
      .orderBy(pending ? extensionRequests.id : desc(extensionRequests.decidedAt))
      .limit(QUEUE_PAGE_SIZE)
      .offset(offset(pages.extensions)),
    completionQuery()
      .where(inArray(completionRequests.status, [...statuses]))
      .orderBy(pending ? completionRequests.id : desc(completionRequests.decidedAt))
      .limit(QUEUE_PAGE_SIZE)
      .offset(offset(pages.completions)),
    db
      .select({ n: count() })
      .from(extensionRequests)
      .where(inArray(extensionRequests.status, [...statuses])),
    db
      .select({ n: count() })
      .from(completionRequests)
      .where(inArray(completionRequests.status, [...statuses])),
  ]);
  const pageOf = (total: number, page = 1) => ({
    total,
    page: Math.max(1, page),
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  });
  return {
    extensions,
    completions: await withFiles(actor, completions),
    extensionPage: pageOf(extensionTotal?.n ?? 0, pages.extensions),
    completionPage: pageOf(completionTotal?.n ?? 0, pages.completions),
  };
}
export type RequestQueue = Awaited<ReturnType<typeof listRequestQueue>>;

/** Every extension and completion request of one item, newest first, for the item page panel. */
export async function getItemRequests({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  const extensions = await extensionQuery()
    .where(eq(extensionRequests.workItemId, workItemId))
    .orderBy(desc(extensionRequests.id));
  const completions = await completionQuery()
    .where(eq(completionRequests.workItemId, workItemId))
    .orderBy(desc(completionRequests.id));
  return { extensions, completions: await withFiles(actor, completions) };
}
export type ItemRequests = Awaited<ReturnType<typeof getItemRequests>>;

/** What the item page's 延期与办结 panel needs: the item's dates and state, its resource, and its requests. */
export async function getItemRequestPanel({ actor, workItemId }: { actor: Actor; workItemId: number }) {
  authorize(actor, "plan.read");
  const loaded = await loadItem(db, workItemId);
  const { item } = loaded;
  const resource = itemResource(loaded);
  const requests = await getItemRequests({ actor, workItemId });
  return {
    item: {
      id: item.id,
      version: item.version,
      status: item.status,
      dueOn: item.dueOn,
      originalDueOn: item.originalDueOn,
      completedAt: item.completedAt,
    },
    resource,
    /** Whether the actor's own department has acknowledged (签收) the item: requests come after that. */
    ownAcknowledged: loaded.assignments.some((a) => a.departmentId === actor.departmentId && a.acknowledgedAt != null),
    ...requests,
  };
}
