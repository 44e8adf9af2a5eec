import "server-only";
import { now } from "@/lib/clock";
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Queryable, type Tx } from "@/db";
import {
  assignments,
  departmentAliases,
  departmentGroupMembers,
  departmentGroups,
  departments,
  indicators,
  plans,
  sections,
  workItems,
  type NewAssignment,
  type NewIndicator,
} from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { AppError, conflict, invalidState, notFound } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/translate";
import {
  createDepartmentResolver,
  parsePlanDocument,
  parsePlanText,
  PlanReadError,
  readPlanFile,
  type DepartmentDirectory,
  type PlanDraft,
  type PlanItem,
} from "@/lib/plan-import";
import { reviewOf, type PlanReview } from "@/lib/plan-import/review-list";
import { toCanonicalLines } from "@/lib/plan-import/text-normalize";
import {
  savePlanDraftSchema,
  type EditableItem,
  type EditablePlanDraft,
  type SavePlanDraftInput,
} from "@/lib/validations/plans";
import { recordAudit } from "./audit";
import { resolveDraftUnits, type ResolvedItemUnits } from "./plan-import-units";

/** The department directory as the importer needs it, from the departments, aliases and groups tables. */
export async function loadDirectory(q: Queryable = db): Promise<DepartmentDirectory> {
  const depts = await q.select().from(departments).where(eq(departments.isActive, true));
  const aliases = await q.select().from(departmentAliases);
  const groups = await q.select().from(departmentGroups);
  const members = await q
    .select({ groupId: departmentGroupMembers.groupId, name: departments.name })
    .from(departmentGroupMembers)
    .innerJoin(departments, eq(departments.id, departmentGroupMembers.departmentId))
    .orderBy(asc(departmentGroupMembers.position));
  return {
    cityPrefixes: ["长沙市"],
    departments: depts.map((d) => ({
      name: d.name,
      shortName: d.shortName ?? "",
      fullName: d.fullName ?? "",
      kind: d.kind,
      aliases: aliases.filter((a) => a.departmentId === d.id).map((a) => a.alias),
    })),
    groups: groups.map((g) => ({
      name: g.name,
      aliases: g.aliases,
      members: members.filter((m) => m.groupId === g.id).map((m) => m.name),
    })),
  };
}

/** sha256 of the normalised text: the same document pasted or uploaded again hashes the same. */
export function sourceHashOf(text: string): string {
  return createHash("sha256").update(toCanonicalLines(text).join("\n")).digest("hex");
}

function toEditableItem(item: PlanItem, kind?: EditableItem["kind"]): EditableItem {
  const seen = new Set<string>();
  const units = item.units
    .filter((u) => (seen.has(u.name) ? false : (seen.add(u.name), true)))
    .map((u) => ({
      name: u.name,
      role: u.role === "support" ? ("support" as const) : ("lead" as const),
      originText: u.originText,
      resolved: u.resolved,
    }));
  return {
    code: item.code,
    kind: kind ?? item.kind,
    title: item.title,
    text: item.text,
    dueOn: item.dueOn,
    ongoing: item.ongoing,
    unitsText: item.unitsText,
    units,
    indicators: item.indicators.map((i) => ({ ...i, dueOn: i.dueOn })),
    children: item.children.map((c) => ({ ...toEditableItem(c, "subtask"), children: [] })),
  };
}

/** The parser's draft in the shape the preview form edits and `savePlanDraft` accepts. */
export function toEditableDraft(draft: PlanDraft): EditablePlanDraft {
  return {
    title: draft.title ?? "",
    docNumber: draft.docNumber,
    issuer: draft.issuer,
    issuedOn: draft.issuedOn,
    effectiveFrom: draft.effectiveFrom,
    validUntil: draft.validUntil,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    sections: draft.sections.map((s) => ({
      code: s.code,
      title: s.title,
      kind: s.kind,
      items: s.items.map((i) => toEditableItem(i)),
    })),
    warnings: draft.warnings,
  };
}

export interface ImportPreview {
  draft: EditablePlanDraft;
  sourceText: string;
  sourceHash: string;
  filename: string | null;
  /** A plan imported from the same document: saving then updates it instead of adding a duplicate. */
  existingPlan: { id: number; title: string; status: "draft" | "published" | "archived"; version: number } | null;
  elapsedMs: number;
  /** The source beside the breakdown, with the span each field was read from; uncertain items first. */
  review: PlanReview;
}

/** Reads an upload or pasted text and returns the proposed breakdown; writes nothing. */
export async function previewImport({
  actor,
  text,
  file,
  locale = DEFAULT_LOCALE,
}: {
  actor: Actor;
  text?: string;
  file?: { bytes: Uint8Array; filename: string };
  /** The reader's language, for the messages of a refused file. */
  locale?: Locale;
}): Promise<ImportPreview> {
  authorize(actor, "plan.import");
  const started = performance.now();
  let source;
  try {
    source = file ? await readPlanFile(file.bytes, file.filename) : { text: text ?? "", tables: [] };
  } catch (error) {
    if (error instanceof PlanReadError) {
      const message = (error.messageKey && translate(locale, "importLimits", error.messageKey, error.params)) || error.message;
      throw new AppError("validation", message, { file: [message] });
    }
    throw error;
  }
  if (!source.text.trim() && source.tables.length === 0) {
    throw new AppError("validation", "请上传文件或粘贴计划全文", { text: ["请上传文件或粘贴计划全文"] });
  }
  const directory = await loadDirectory();
  const parsed = parsePlanDocument(source, { directory });
  const draft = toEditableDraft(parsed);
  const sourceHash = sourceHashOf(source.text);
  const [existing] = await db
    .select({ id: plans.id, title: plans.title, status: plans.status, version: plans.version })
    .from(plans)
    .where(eq(plans.sourceHash, sourceHash))
    .limit(1);
  return {
    draft,
    sourceText: source.text,
    sourceHash,
    filename: file?.filename ?? null,
    existingPlan: existing ?? null,
    elapsedMs: Math.round(performance.now() - started),
    review: reviewOf(parsed),
  };
}

export type SavePlanDraftParams = SavePlanDraftInput & { actor: Actor };

/** Saves the (corrected) preview as a draft plan, or replaces the items of the same document's draft. */
export async function savePlanDraft({ actor, ...input }: SavePlanDraftParams) {
  authorize(actor, "plan.import");
  if (input.replacePlanId) authorize(actor, "plan.edit");
  return writePlanDraft(actor, input);
}

/** Publishes a draft plan: every signed-in user then sees it; items stay undispatched. */
export async function publishPlan({
  actor,
  planId,
  expectedVersion,
}: {
  actor: Actor;
  planId: number;
  expectedVersion: number;
}) {
  authorize(actor, "plan.publish");
  return publishPlanAs(actor, planId, expectedVersion);
}

/**
 * For the seed only (never reachable from a user action): imports a plan text as the system,
 * through the same parse → save → publish path; a second call with the same text adds nothing.
 */
export async function importPlanAsSystem(
  text: string,
  filename: string,
): Promise<{ planId: number; created: boolean }> {
  const hash = sourceHashOf(text);
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.sourceHash, hash)).limit(1);
  if (existing) return { planId: existing.id, created: false };
  const draft = toEditableDraft(parsePlanText(text, { directory: await loadDirectory() }));
  const saved = await writePlanDraft(null, { draft, sourceText: text, filename });
  await publishPlanAs(null, saved.planId, saved.version);
  return { planId: saved.planId, created: true };
}

async function writePlanDraft(actor: Actor | null, raw: SavePlanDraftInput) {
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
        throw invalidState(`该文件已导入为《${sameDocument.title}》,请选择“更新该计划”而不是重复导入`);
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

async function replacePlan(tx: Tx, planId: number, expectedVersion: number, values: PlanValues) {
  const [current] = await tx.select().from(plans).where(eq(plans.id, planId));
  if (!current) throw notFound("要更新的计划不存在或已被删除");
  if (current.sourceHash !== values.sourceHash) throw invalidState("只能用同一份文件更新该计划");
  if (current.status !== "draft") {
    // Published items may already be dispatched and reported on; overwriting them would lose that history.
    throw invalidState("该计划已发布,不能用重新导入覆盖。如需调整,请在计划中逐项修改");
  }
  const [updated] = await tx
    .update(plans)
    .set({ ...values, updatedAt: new Date(), version: sqlIncrement() })
    .where(and(eq(plans.id, planId), eq(plans.version, expectedVersion)))
    .returning({ version: plans.version });
  if (!updated) throw conflict();
  const before = { title: current.title, version: current.version };
  await tx.delete(sections).where(eq(sections.planId, planId));
  return { planId, version: updated.version, before };
}

function sqlIncrement() {
  return sql`${plans.version} + 1`;
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
        workItemId: row!.id,
        name: ind.name,
        comparator: ind.comparator,
        targetValue: ind.value,
        unit: ind.unit,
        approximate: ind.approximate,
        dueOn: ind.dueOn,
        sourceText: ind.text,
        position: i,
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

async function publishPlanAs(actor: Actor | null, planId: number, expectedVersion: number) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(plans).where(eq(plans.id, planId));
    if (!current) throw notFound("计划不存在或已被删除");
    if (current.status !== "draft") throw invalidState("该计划已经发布");
    const [updated] = await tx
      .update(plans)
      .set({ status: "published", publishedAt: now(), updatedAt: new Date(), version: sqlIncrement() })
      .where(and(eq(plans.id, planId), eq(plans.version, expectedVersion)))
      .returning({ id: plans.id, version: plans.version, status: plans.status });
    if (!updated) throw conflict();
    await recordAudit(tx, {
      actor,
      action: "plan.publish",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { status: current.status, version: current.version },
      after: { status: updated.status, version: updated.version },
    });
    return updated;
  });
}

/** Confirms that a unit name from a plan means a directory department; the name is saved as its alias. */
export async function confirmUnitAlias({
  actor,
  alias,
  departmentId,
}: {
  actor: Actor;
  alias: string;
  departmentId: number;
}) {
  authorize(actor, "plan.import");
  const name = alias.trim();
  return db.transaction(async (tx) => {
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    if (!dept) throw new AppError("validation", "请选择对应的单位", { departmentId: ["请选择对应的单位"] });
    const resolution = createDepartmentResolver(await loadDirectory(tx)).resolve(name);
    if (resolution.status === "department") {
      if (resolution.name === dept.name)
        return { alias: name, departmentId, departmentName: dept.name, created: false };
      throw new AppError("validation", `“${name}”已对应到${resolution.name}`, {
        alias: [`“${name}”已对应到${resolution.name}`],
      });
    }
    if (resolution.status === "group") {
      throw new AppError("validation", `“${name}”是单位集合,不能作为单个单位的别名`, {
        alias: ["不能作为单个单位的别名"],
      });
    }
    const [created] = await tx.insert(departmentAliases).values({ departmentId, alias: name }).returning();
    await recordAudit(tx, {
      actor,
      action: "department.aliasConfirm",
      entityType: "department",
      entityId: departmentId,
      departmentId,
      after: { alias: name, department: dept.name, aliasId: created!.id },
    });
    return { alias: name, departmentId, departmentName: dept.name, created: true };
  });
}

/** Departments to pick from when mapping an unknown unit. */
export async function listDepartmentOptions({ actor }: { actor: Actor }) {
  authorize(actor, "plan.read");
  return db
    .select({ id: departments.id, name: departments.name, kind: departments.kind })
    .from(departments)
    .where(eq(departments.isActive, true))
    .orderBy(asc(departments.id));
}
