import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { assignments, departments, indicators, plans, sections, workItems } from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { listSubItems } from "./decompose";

/**
 * Everything the work item page shows above the feature panels: the item, its plan, section,
 * parent and sub-items, assignments with department names (lead first) and indicators.
 * Every signed-in role may read items; panels below apply their own scope.
 */
export async function getWorkItemDetail({ actor, id }: { actor: Actor; id: number }) {
  authorize(actor, "plan.read");
  const parentItem = alias(workItems, "parent");
  const [row] = await db
    // The plan's columns the page shows, never the row: it carries the whole source document.
    .select({
      item: workItems,
      plan: {
        id: plans.id,
        title: plans.title,
        docNumber: plans.docNumber,
        status: plans.status,
        periodEnd: plans.periodEnd,
      },
      section: { id: sections.id, code: sections.code, title: sections.title },
      parent: { id: parentItem.id, code: parentItem.code, title: parentItem.title },
    })
    .from(workItems)
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .innerJoin(sections, eq(sections.id, workItems.sectionId))
    .leftJoin(parentItem, eq(parentItem.id, workItems.parentId))
    .where(eq(workItems.id, id));
  // Items of a draft plan are the secretariat's work in progress, like the plan itself.
  if (!row || (row.plan.status === "draft" && !can(actor, "plan.edit"))) throw notFound(msg("planErrors.item.missing"));
  const { item, plan, section, parent } = row;
  const [children, units, itemIndicators] = await Promise.all([
    // With the versions the decomposition controls post: the lifecycle panel uses the same list.
    listSubItems({ actor, parentId: item.id }),
    db
      .select({
        id: assignments.id,
        departmentId: assignments.departmentId,
        departmentName: departments.name,
        role: assignments.role,
        originText: assignments.originText,
        position: assignments.position,
        acknowledgedAt: assignments.acknowledgedAt,
      })
      .from(assignments)
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(eq(assignments.workItemId, item.id))
      .orderBy(asc(assignments.position)),
    db.select().from(indicators).where(eq(indicators.workItemId, item.id)).orderBy(asc(indicators.position)),
  ]);
  return {
    item,
    plan,
    section,
    parent: parent ?? null,
    children,
    assignments: [...units.filter((u) => u.role === "lead"), ...units.filter((u) => u.role !== "lead")],
    indicators: itemIndicators,
  };
}
export type WorkItemDetail = Awaited<ReturnType<typeof getWorkItemDetail>>;
