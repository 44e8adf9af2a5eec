import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { plans } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { AppError, fieldError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message-ref";
import { translate } from "@/lib/i18n/translate";
import { parsePlanDocument, PlanReadError, readPlanFile, type PlanDraft, type PlanItem } from "@/lib/plan-import";
import { reviewOf, type PlanReview } from "@/lib/plan-import/review-list";
import { toCanonicalLines } from "@/lib/plan-import/text-normalize";
import type { EditableItem, EditablePlanDraft } from "@/lib/validations/plans";
import { loadDirectory } from "./plan-import-directory";

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
      // Rendered here, in the reader's language: the reader's own limits message (or the parser's text).
      const message =
        (error.messageKey && translate(locale, "importLimits", error.messageKey, error.params)) || error.message;
      throw new AppError("validation", message, { file: [message] });
    }
    throw error;
  }
  if (!source.text.trim() && source.tables.length === 0) {
    throw fieldError("text", msg("planErrors.import.sourceRequired"));
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
