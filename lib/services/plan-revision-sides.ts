import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Queryable, Tx } from "@/db";
import { assignments, auditEvents, departments, indicators, plans, sections, workItems, type Plan } from "@/db/schema";
import { notFound, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { parsePlanText } from "@/lib/plan-import";
import type { RevisionNode, RevisionSection } from "@/lib/plan-import/revision-diff";
import type { EditableItem } from "@/lib/validations/plans";
import { loadDirectory } from "./plan-import-directory";
import { toEditableDraft } from "./plan-import-preview";
import { resolveDraftUnits, type ResolvedUnit } from "./plan-import-units";

/** A published item as stored now, with what applying a change to it needs. */
export interface PublishedNode extends RevisionNode {
  id: number;
  version: number;
  status: "draft" | "dispatched" | "completed";
  unitRows: { departmentId: number; name: string; role: "lead" | "support" }[];
  indicatorRows: { id: number; name: string }[];
  descendantIds: number[];
  /** Neither it nor any item below it was ever dispatched: a removal may delete it. */
  allDraft: boolean;
}

/** An item of the revised document, with its own code, section and parent for adding it. */
export interface RevisedNode extends RevisionNode {
  ownCode: string;
  kind: EditableItem["kind"];
  ongoing: boolean;
  unitsText: string | null;
  section: { code: string; title: string };
  parentKey: string | null;
  resolvedUnits: ResolvedUnit[];
  indicatorValues: EditableItem["indicators"];
}

/** Items the secretariat made (分解) or a revision took out: not part of the document the revision replaces. */
async function outsideDocument(q: Queryable, planId: number): Promise<Set<number>> {
  const rows = await q
    .select({ id: auditEvents.workItemId })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.planId, planId),
        sql`(${auditEvents.action} = 'item.decompose.add' or (${auditEvents.action} = 'plan.revise' and ${auditEvents.after}->>'change' = 'removed'))`,
      ),
    );
  return new Set(rows.map((r) => r.id).filter((id): id is number => id != null));
}

/**
 * The plan as published now, read from the database (edits since the import included), as the
 * revision compares it; with a fingerprint of everything compared and every item version, so an
 * apply against a plan that has changed since the diff was shown is refused.
 */
export async function publishedSide(q: Queryable, planId: number) {
  const [plan] = await q.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound(msg("planErrors.plan.notFound"));
  if (plan.status !== "published") throw invalidState(msg("revisions.errors.notPublished"));
  const excluded = await outsideDocument(q, planId);
  const sectionRows = await q
    .select()
    .from(sections)
    .where(eq(sections.planId, planId))
    .orderBy(asc(sections.position));
  const items = await q.select().from(workItems).where(eq(workItems.planId, planId)).orderBy(asc(workItems.position));
  // By the plan, not by a list of its item ids (one bind parameter per item).
  const ofPlan = eq(workItems.planId, planId);
  const units = await q
    .select({
      workItemId: assignments.workItemId,
      departmentId: assignments.departmentId,
      name: departments.name,
      role: assignments.role,
    })
    .from(assignments)
    .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(ofPlan)
    .orderBy(asc(assignments.position));
  const inds = await q
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(workItems, eq(workItems.id, indicators.workItemId))
    .where(ofPlan)
    .orderBy(asc(indicators.position))
    .then((rows) => rows.map((r) => r.indicator));
  const nodes = new Map<string, PublishedNode>();
  const statusOf = new Map(items.map((i) => [i.id, i.status]));
  const children = new Map<number | null, typeof items>();
  for (const item of items) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  const build = (item: (typeof items)[number], path: string): PublishedNode => {
    const code = path + item.code;
    const unitRows = units.filter((u) => u.workItemId === item.id).map(({ workItemId: _id, ...u }) => u);
    const own = inds.filter((i) => i.workItemId === item.id);
    const below = (children.get(item.id) ?? []).filter((c) => !excluded.has(c.id)).map((c) => build(c, code));
    const node: PublishedNode = {
      key: `p${item.id}`,
      code,
      title: item.title,
      text: item.text,
      units: unitRows.map((u) => ({ name: u.name, role: u.role })),
      dueOn: item.dueOn,
      indicators: own.map((i) => ({ name: i.name, comparator: i.comparator, value: i.targetValue, unit: i.unit })),
      children: below,
      id: item.id,
      version: item.version,
      status: item.status,
      unitRows,
      indicatorRows: own.map((i) => ({ id: i.id, name: i.name })),
      descendantIds: descendants(item.id),
      allDraft: [item.id, ...descendants(item.id)].every((id) => statusOf.get(id) === "draft"),
    };
    nodes.set(node.key, node);
    return node;
  };
  const descendants = (id: number): number[] => (children.get(id) ?? []).flatMap((c) => [c.id, ...descendants(c.id)]);
  const side: RevisionSection[] = sectionRows.map((s) => ({
    title: s.title,
    items: (children.get(null) ?? [])
      .filter((i) => i.sectionId === s.id && !excluded.has(i.id))
      .map((i) => build(i, s.code)),
  }));
  const fingerprint = fingerprintOf(plan, side, items);
  return { plan, sections: side, sectionRows, nodes, fingerprint };
}

function fingerprintOf(plan: Plan, side: RevisionSection[], items: { id: number; version: number }[]): string {
  const state = { plan: [plan.id, plan.version], items: items.map((i) => [i.id, i.version]), side };
  return createHash("sha256").update(JSON.stringify(state)).digest("hex").slice(0, 32);
}

/**
 * The revised document, parsed as the importer parses it, its units resolved to departments the
 * way a save resolves them (collectives expanded; an unknown unit stops the comparison by name).
 */
export async function revisedSide(tx: Tx, text: string) {
  const draft = toEditableDraft(parsePlanText(text, { directory: await loadDirectory(tx) }));
  const resolved = await resolveDraftUnits(tx, draft);
  const names = new Map(
    (await tx.select({ id: departments.id, name: departments.name }).from(departments)).map((d) => [d.id, d.name]),
  );
  const nodes = new Map<string, RevisedNode>();
  let next = 0;
  const build = (
    item: EditableItem,
    key: string,
    path: string,
    section: RevisedNode["section"],
    parentKey: string | null,
    kids: Omit<EditableItem, "children">[],
  ): RevisedNode => {
    const resolvedUnits = resolved.unitsOf(key);
    const node: RevisedNode = {
      key: `r${next++}`,
      code: path + item.code,
      title: item.title,
      text: item.text,
      units: resolvedUnits.map((u) => ({ name: names.get(u.departmentId)!, role: u.role })),
      dueOn: item.dueOn,
      indicators: item.indicators.map((i) => ({
        name: i.name,
        comparator: i.comparator,
        value: i.value,
        unit: i.unit,
      })),
      children: [],
      ownCode: item.code,
      kind: item.kind,
      ongoing: item.ongoing,
      unitsText: item.unitsText,
      section,
      parentKey,
      resolvedUnits,
      indicatorValues: item.indicators,
    };
    nodes.set(node.key, node);
    node.children = kids.map((c, i) => build({ ...c, children: [] }, `${key}.${i}`, node.code, section, node.key, []));
    return node;
  };
  const side: RevisionSection[] = draft.sections.map((s, si) => ({
    title: s.title,
    items: s.items.map((item, ii) =>
      build(item, `${si}.${ii}`, s.code, { code: s.code, title: s.title }, null, item.children),
    ),
  }));
  return { title: draft.title, docNumber: draft.docNumber, sections: side, nodes };
}
