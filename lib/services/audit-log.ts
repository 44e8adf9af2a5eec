import "server-only";
import { and, count, desc, eq, gte, inArray, like, lt, ne, notLike, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, rowsOf } from "@/db";
import { assignments, auditEvents, departments, plans, users, workItems, type AuditEvent } from "@/db/schema";
import { authorize, can, scopeOf, type Actor } from "@/lib/authz";
import { addDays } from "@/lib/clock";
import { auditVersion, NOTICE_ENTITY, readerScope } from "./audit-scope";
import { cacheKey, versioned } from "./data-version";
import { formatDateTime } from "@/lib/format/dates";

export interface AuditFilters {
  planId?: number;
  workItemId?: number;
  departmentId?: number;
  actorId?: number;
  action?: string;
  /** Asia/Shanghai calendar dates, inclusive. */
  from?: string;
  to?: string;
  category?: "security";
  /** Sign-in and sign-out records are left out unless asked for (or filtered by such an action, or security events). */
  signIns?: boolean;
}

/**
 * Security events (what the 审计员 reviews first): sign-ins and lockouts, accounts and roles,
 * departments, settings, exports. Matched by action prefix, so new actions of a kind join at once.
 */
export const SECURITY_ACTION_PREFIXES = ["auth.", "account.", "user.", "department.", "settings.", "export.", "audit."];

function securityFilter(): SQL | undefined {
  return or(...SECURITY_ACTION_PREFIXES.map((prefix) => like(auditEvents.action, `${prefix}%`)));
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * Liaisons see only records about items where their department holds an assignment. A draft save
 * holds the unsubmitted report, so (as on the item timeline) it shows only to whoever may read the
 * draft: the liaisons of the record's own department.
 */
function scopeFilter(actor: Actor): SQL | undefined {
  const scope = scopeOf(actor, "audit.read");
  const own = db
    .select({ id: assignments.workItemId })
    .from(assignments)
    .where(eq(assignments.departmentId, actor.departmentId ?? -1));
  return and(
    scope === "all" ? undefined : inArray(auditEvents.workItemId, own),
    draftFilter(actor),
    noticeFilter(actor),
  );
}

/**
 * A notice record carries the notice's reason and answer, which are for the addressed department: a
 * liaison whose department only supports the item sees no other department's notices (as on /notices).
 */
function noticeFilter(actor: Actor): SQL | undefined {
  if (scopeOf(actor, "notice.respond") !== "department") return undefined;
  return or(ne(auditEvents.entityType, NOTICE_ENTITY), eq(auditEvents.departmentId, actor.departmentId ?? -1));
}

function draftFilter(actor: Actor): SQL | undefined {
  const notDraft = ne(auditEvents.action, "report.saveDraft");
  switch (scopeOf(actor, "report.readDraft")) {
    case "all":
      return undefined;
    case "department":
      return or(notDraft, eq(auditEvents.departmentId, actor.departmentId ?? -1));
    default:
      return notDraft;
  }
}

/** The records an actor may see under the filters (the page, the export). */
export function whereOf(actor: Actor, f: AuditFilters): SQL | undefined {
  return and(
    scopeFilter(actor),
    f.planId ? eq(auditEvents.planId, f.planId) : undefined,
    f.workItemId ? eq(auditEvents.workItemId, f.workItemId) : undefined,
    f.departmentId ? eq(auditEvents.departmentId, f.departmentId) : undefined,
    f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.category === "security" ? securityFilter() : undefined,
    f.signIns || f.category === "security" || f.action?.startsWith("auth.")
      ? undefined
      : notLike(auditEvents.action, "auth.%"),
    f.from ? gte(auditEvents.createdAt, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
    f.to ? lt(auditEvents.createdAt, new Date(`${addDays(f.to, 1)}T00:00:00+08:00`)) : undefined,
  );
}

/** Records with the names they point to, newest first. */
export function recordsQuery(where: SQL | undefined) {
  return db
    .select({
      event: auditEvents,
      planTitle: plans.title,
      itemCode: workItems.code,
      itemTitle: workItems.title,
      departmentName: departments.name,
    })
    .from(auditEvents)
    .leftJoin(plans, eq(plans.id, auditEvents.planId))
    .leftJoin(workItems, eq(workItems.id, auditEvents.workItemId))
    .leftJoin(departments, eq(departments.id, auditEvents.departmentId))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id));
}
export type AuditRecord = Awaited<ReturnType<typeof recordsQuery>>[number];

/**
 * The count stops here: past it the page says "more than …" and asks for a filter, instead of
 * counting a million records on every view (and no one pages through 200 pages of records).
 */
export const AUDIT_COUNT_LIMIT = 10_000;

/** One page of audit records the actor may read, newest first. */
export async function listAuditEvents(params: {
  actor: Actor;
  filters?: AuditFilters;
  page?: number;
  countLimit?: number;
}) {
  authorize(params.actor, "audit.read");
  const where = whereOf(params.actor, params.filters ?? {});
  const countLimit = params.countLimit ?? AUDIT_COUNT_LIMIT;
  const lastPage = Math.max(1, Math.ceil(countLimit / AUDIT_PAGE_SIZE));
  const page = Math.min(lastPage, Math.max(1, params.page ?? 1));
  // Readers of the same page share one answer until a record is added (auditors read, rarely write).
  const key = cacheKey("audit", readerScope(params.actor), params.filters ?? {}, page, countLimit);
  return versioned(
    key,
    async () => {
      const capped = db
        .select({ one: sql`1` })
        .from(auditEvents)
        .where(where)
        .limit(countLimit + 1)
        .as("capped");
      const [rows, [counted]] = await Promise.all([
        recordsQuery(where)
          .limit(AUDIT_PAGE_SIZE)
          .offset((page - 1) * AUDIT_PAGE_SIZE),
        db.select({ n: count() }).from(capped),
      ]);
      const n = counted?.n ?? 0;
      return { rows, total: Math.min(n, countLimit), more: n > countLimit, page, pageSize: AUDIT_PAGE_SIZE };
    },
    "answers",
    auditVersion,
  );
}

/**
 * The distinct values of an indexed audit column, found by skipping through its index (a loose
 * index scan: one probe per value) instead of reading a million records on every view.
 */
async function distinctIndexed<T extends string | number>(column: AnyPgColumn): Promise<T[]> {
  const rows = rowsOf<{ v: T }>(
    await db.execute(sql`
      with recursive walk(v) as (
        (select ${column} from ${auditEvents} where ${column} is not null order by 1 limit 1)
        union all
        select (select ${column} from ${auditEvents} where ${column} > walk.v order by 1 limit 1) from walk where walk.v is not null
      )
      select v from walk where v is not null`),
  );
  return rows.map((r) => r.v);
}

/** Choices for the filter form, limited to what the actor may see. */
export async function auditFilterOptions({ actor }: { actor: Actor }) {
  authorize(actor, "audit.read");
  return versioned(cacheKey("auditOptions", readerScope(actor)), () => filterOptions(actor), "answers", auditVersion);
}

async function filterOptions(actor: Actor) {
  const plansQuery = db
    .select({ id: plans.id, title: plans.title })
    .from(plans)
    .where(can(actor, "plan.edit") ? undefined : ne(plans.status, "draft"))
    .orderBy(desc(plans.createdAt));
  if (scopeOf(actor, "audit.read") === "all") {
    const [actions, actorIds, departmentIds, planRows] = await Promise.all([
      distinctIndexed<string>(auditEvents.action),
      distinctIndexed<number>(auditEvents.actorId),
      distinctIndexed<number>(auditEvents.departmentId),
      plansQuery,
    ]);
    // Bounded by the number of accounts and departments (hundreds), not by the records.
    const [actors, departmentRows] = await Promise.all([
      actorIds.length
        ? db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, actorIds.map(Number)))
            .orderBy(users.displayName)
        : [],
      departmentIds.length
        ? db
            .select({ id: departments.id, name: departments.name })
            .from(departments)
            .where(inArray(departments.id, departmentIds.map(Number)))
            .orderBy(departments.name)
        : [],
    ]);
    // Draft saves stay with their department (draftFilter): no choice that can only come up empty.
    const shown =
      scopeOf(actor, "report.readDraft") === "all" ? actions : actions.filter((a) => a !== "report.saveDraft");
    return { actions: shown, actors, plans: planRows, departments: departmentRows };
  }
  // A liaison's records are those of the department's items: few enough to read directly.
  const scope = scopeFilter(actor);
  const [actions, actors, planRows, departmentRows] = await Promise.all([
    db.selectDistinct({ action: auditEvents.action }).from(auditEvents).where(scope).orderBy(auditEvents.action),
    db
      .selectDistinct({ id: users.id, name: users.displayName })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.actorId))
      .where(scope)
      .orderBy(users.displayName),
    plansQuery,
    db
      .selectDistinct({ id: departments.id, name: departments.name })
      .from(auditEvents)
      .innerJoin(departments, eq(departments.id, auditEvents.departmentId))
      .where(scope)
      .orderBy(departments.name),
  ]);
  return { actions: actions.map((a) => a.action), actors, plans: planRows, departments: departmentRows };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const NOISE = new Set(["version", "updatedAt", "createdAt"]);

/** Fields whose value differs between before and after (bookkeeping columns left out). */
export function diffAudit(event: Pick<AuditEvent, "before" | "after">): FieldChange[] {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  if (typeof before !== "object" || typeof after !== "object" || Array.isArray(before) || Array.isArray(after)) {
    return [{ field: "", before: event.before, after: event.after }];
  }
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOISE.has(f));
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export function formatValue(value: unknown): string {
  if (value == null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export const formatAuditTime = (d: Date) => formatDateTime(d);

/**
 * Items of one plan, for the item filter: none of a draft plan unless the actor may edit plans;
 * for liaisons only items where their department holds an assignment.
 */
export async function auditItemOptions({ actor, planId }: { actor: Actor; planId: number }) {
  authorize(actor, "audit.read");
  const own = db
    .select({ id: assignments.workItemId })
    .from(assignments)
    .where(eq(assignments.departmentId, actor.departmentId ?? -1));
  return db
    .select({ id: workItems.id, code: workItems.code, title: workItems.title })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .where(
      and(
        eq(workItems.planId, planId),
        can(actor, "plan.edit") ? undefined : ne(plans.status, "draft"),
        scopeOf(actor, "audit.read") === "all" ? undefined : inArray(workItems.id, own),
      ),
    )
    .orderBy(workItems.position, workItems.id);
}
