import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { plans } from "@/db/schema";
import { parsePlanText } from "@/lib/plan-import";
import { loadDirectory } from "./plan-import-directory";
import { sourceHashOf, toEditableDraft } from "./plan-import-preview";
import { writePlanDraft } from "./plan-import-save";
import { publishPlanAs } from "./plan-publish";

/**
 * Importing a plan, one module per concern: the department directory the parser resolves units
 * against (./plan-import-directory), reading an upload into a preview (./plan-import-preview),
 * saving or re-importing a draft (./plan-import-save, with ./plan-import-units), publishing
 * (./plan-publish) and confirming unit aliases (./plan-import-aliases). This module gathers them
 * for the actions and pages, and runs the whole path for the seed.
 */
export { loadDirectory } from "./plan-import-directory";
export { previewImport, sourceHashOf, toEditableDraft, type ImportPreview } from "./plan-import-preview";
export { savePlanDraft, type SavePlanDraftParams } from "./plan-import-save";
export { publishPlan } from "./plan-publish";
export { confirmUnitAlias, listDepartmentOptions } from "./plan-import-aliases";

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
