import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  assignments,
  indicators,
  plans,
  sections,
  workItems,
  type NewAssignment,
  type NewIndicator,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { conflict, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import {
  savePlanDraftSchema,
  type EditableItem,
  type EditablePlanDraft,
  type SavePlanDraftInput,
} from "@/lib/validations/plans";
import { recordAudit } from "./audit";
import { indicatorColumns } from "./indicator-columns";
import { sourceHashOf } from "./plan-import-preview";
import { resolveDraftUnits, type ResolvedItemUnits } from "./plan-import-units";

export type SavePlanDraftParams = SavePlanDraftInput & { actor: Actor };

/** Saves the (corrected) preview as a draft plan, or replaces the items of the same document's draft. */
export async function savePlanDraft({ actor, ...input }: SavePlanDraftParams) {
  authorize(actor, "plan.import");
  if (input.replacePlanId) authorize(actor, "plan.edit");
  return writePlanDraft(actor, input);
}

/** The save itself, for a user (authorised by the caller) or the system (the seed, `actor` null). */
export async function writePlanDraft(actor: Actor | null, raw: SavePlanDraftInput) {
  const input = savePlanDraftSchema.parse(raw);
  const { draft } = input;
  const sourceHash = sourceHashOf(input.sourceText);
  return db.transaction(async (tx) => {
    const resolved = await resolveDraftUnits(tx, draft);
    const [sameDocument] = await tx.select().from(plans).where(eq(plans.sourceHash, sourceHash)).limit(1);
    const planValues = {
      title: draft.title,
      docNumber: draft.docNumber,
      issuer: draft.issuer,
      issuedOn: draft.issuedOn,
      effectiveFrom: draft.effectiveFrom,
      validUntil: draft.validUntil,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
      sourceText: input.sourceText,
      sourceHash,
      sourceFilename: input.filename,
      warnings: openWarnings(draft, resolved),
    };
    let planId: number;
    let version: number;
    let before: unknown = null;
    if (input.replacePlanId) {
      const replaced = await replacePlan(tx, input.replacePlanId, input.expectedVersion ?? 0, planValues);
      ({ planId, version, before } = replaced);
    } else {
      if (sameDocument) {
        throw invalidState(msg("planErrors.import.alreadyImported", { title: sameDocument.title }));
      }
      const [created] = await tx
        .insert(plans)
        .values({ ...planValues, status: "draft", createdBy: actor?.id ?? null })
        .returning({ id: plans.id, version: plans.version });
      planId = created!.id;
      version = created!.version;
    }
    const counts = await insertTree(tx, planId, draft, resolved);
    await recordAudit(tx, {
      actor,
      action: input.replacePlanId ? "plan.reimport" : "plan.import",
      entityType: "plan",
      entityId: planId,
      planId,
      before,
      after: { title: draft.title, docNumber: draft.docNumber, filename: input.filename, sourceHash, ...counts },
    });
    return { planId, version, ...counts };
  });
}

type PlanValues = Omit<typeof plans.$inferInsert, "id">;

/** Re-import: the same document's draft plan takes the new values; its sections and items go, to be inserted anew. */
async function replacePlan(tx: Tx, planId: number, expectedVersion: number, values: PlanValues) {
  const [current] = await tx.select().from(plans).where(eq(plans.id, planId));
  if (!current) throw notFound(msg("planErrors.import.replacedNotFound"));
  if (current.sourceHash !== values.sourceHash) throw invalidState(msg("planErrors.import.otherDocument"));
  if (current.status !== "draft") {
    // Published items may already be dispatched and reported on; overwriting them would lose that history.
    throw invalidState(msg("planErrors.import.publishedNoReimport"));
  }
  const [updated] = await tx
    .update(plans)
    .set({ ...values, updatedAt: new Date(), version: sql`${plans.version} + 1` })
    .where(and(eq(plans.id, planId), eq(plans.version, expectedVersion)))
    .returning({ version: plans.version });
  if (!updated) throw conflict();
  const before = { title: current.title, version: current.version };
  await tx.delete(sections).where(eq(sections.planId, planId));
  return { planId, version: updated.version, before };
}

function openWarnings(draft: EditablePlanDraft, resolved: ResolvedItemUnits) {
  // A "no units" warning is settled once the secretariat has named the units; unknown units
  // cannot survive a save (resolveDraftUnits refuses), so their warnings are settled too.
  return draft.warnings.filter(
    (w) => w.code !== "unknown_unit" && !(w.code === "no_units" && w.itemCode && resolved.hasUnits(w.itemCode)),
  );
}

async function insertTree(tx: Tx, planId: number, draft: EditablePlanDraft, resolved: ResolvedItemUnits) {
  let items = 0;
  let assignmentCount = 0;
  let indicatorCount = 0;
  let position = 0;
  for (const [sectionIndex, section] of draft.sections.entries()) {
    const [createdSection] = await tx
      .insert(sections)
      .values({ planId, code: section.code, title: section.title, position: sectionIndex })
      .returning({ id: sections.id });
    const insertItem = async (item: EditableItem, key: string, parentId: number | null) => {
      const [row] = await tx
        .insert(workItems)
        .values({
          planId,
          sectionId: createdSection!.id,
          parentId,
          kind: item.kind,
          code: item.code,
          title: item.title,
          text: item.text,
          position: position++,
          dueOn: item.dueOn,
          originalDueOn: item.dueOn,
          ongoing: item.ongoing,
          unitsText: item.unitsText,
          status: "draft",
        })
        .returning({ id: workItems.id });
      items += 1;
      const units: NewAssignment[] = resolved.unitsOf(key).map((u, i) => ({ ...u, workItemId: row!.id, position: i }));
      if (units.length) await tx.insert(assignments).values(units);
      assignmentCount += units.length;
      const inds: NewIndicator[] = item.indicators.map((ind, i) => ({
        ...indicatorColumns(ind, i),
        workItemId: row!.id,
      }));
      if (inds.length) await tx.insert(indicators).values(inds);
      indicatorCount += inds.length;
      return row!.id;
    };
    for (const [itemIndex, item] of section.items.entries()) {
      const id = await insertItem(item, `${sectionIndex}.${itemIndex}`, null);
      for (const [childIndex, child] of item.children.entries()) {
        await insertItem({ ...child, children: [] }, `${sectionIndex}.${itemIndex}.${childIndex}`, id);
      }
    }
  }
  return { sections: draft.sections.length, items, assignments: assignmentCount, indicators: indicatorCount };
}
