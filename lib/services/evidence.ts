import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, max } from "drizzle-orm";
import { db, type Queryable } from "@/db";
import {
  completionRequests,
  evidenceFiles,
  extensionRequests,
  fileBlobs,
  plans,
  progressReportRevisions,
  progressReports,
  supervisionNotices,
  workItems,
  type EvidenceFile,
} from "@/db/schema";
import { authorize, can, type Actor } from "@/lib/authz";
import { AppError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { noticesVisibleTo } from "./notice-access";

import {
  EVIDENCE_EXTENSIONS,
  evidenceExtensionOf,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
  MAX_EVIDENCE_TOTAL_BYTES,
  type EvidenceExt,
} from "@/lib/validations/evidence";

export { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, type EvidenceExt };
export type EvidenceOwnerType = "progress_report" | "completion_request" | "supervision_notice" | "extension_request";

export const EVIDENCE_MIME: Record<EvidenceExt, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jpg: "image/jpeg",
  png: "image/png",
  zip: "application/zip",
};

export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

const ACCEPTED = msg("errors.evidence.accepted");

const extensionOf = evidenceExtensionOf;

/** Office files are zips; their entry names (stored uncompressed in the local headers) tell them apart. */
function officeKindOfZip(bytes: Uint8Array): "docx" | "xlsx" | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!text.includes("[Content_Types].xml")) return null;
  if (text.includes("word/")) return "docx";
  if (text.includes("xl/")) return "xlsx";
  return null;
}

async function detectKind(bytes: Uint8Array): Promise<EvidenceExt | null> {
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected?.ext as string | undefined;
  if (ext === "pdf" || ext === "jpg" || ext === "png" || ext === "docx" || ext === "xlsx") return ext;
  if (ext === "zip") return officeKindOfZip(bytes) ?? "zip";
  return null;
}

/**
 * Checks one upload by its content, not its name: at most 20 MB, not empty, one of the allowed
 * types, and the name's extension agrees with the content (a renamed .exe is refused).
 */
export async function validateEvidenceFile(file: EvidenceUpload): Promise<{ mimeType: string; ext: EvidenceExt }> {
  const name = file.name || msg("errors.evidence.unnamed");
  if (file.bytes.byteLength === 0) throw new AppError("validation", msg("errors.evidence.empty", { name }));
  if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) {
    throw new AppError(
      "validation",
      msg("errors.evidence.tooLarge", { name, maxMb: MAX_EVIDENCE_BYTES / 1024 / 1024 }),
    );
  }
  const claimed = extensionOf(file.name);
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(claimed)) {
    throw new AppError("validation", msg("errors.evidence.unsupportedType", { name, accepted: ACCEPTED }));
  }
  const actual = await detectKind(file.bytes);
  if (!actual || actual !== claimed) {
    throw new AppError(
      "validation",
      msg("errors.evidence.contentMismatch", { name, type: claimed.toUpperCase(), accepted: ACCEPTED }),
    );
  }
  return { mimeType: EVIDENCE_MIME[actual], ext: actual };
}

/** Validates every upload before anything is written, so one bad file leaves no row behind. */
export async function validateEvidenceFiles(files: EvidenceUpload[]) {
  if (files.length > MAX_EVIDENCE_FILES)
    throw new AppError("validation", msg("errors.evidence.tooMany", { max: MAX_EVIDENCE_FILES }));
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > MAX_EVIDENCE_TOTAL_BYTES) {
    throw new AppError(
      "validation",
      msg("errors.evidence.totalTooLarge", { maxMb: MAX_EVIDENCE_TOTAL_BYTES / 1024 / 1024 }),
    );
  }
  const out: { file: EvidenceUpload; mimeType: string }[] = [];
  for (const file of files) out.push({ file, mimeType: (await validateEvidenceFile(file)).mimeType });
  return out;
}

/** Turns FormData `File`s into uploads (skipping the empty placeholder a blank file input sends). */
export async function uploadsFromFiles(files: Iterable<File>): Promise<EvidenceUpload[]> {
  const out: EvidenceUpload[] = [];
  for (const f of files) {
    if (f.size === 0 && !f.name) continue;
    out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

export interface AttachEvidenceInput {
  actor: Actor;
  workItemId: number;
  ownerType: EvidenceOwnerType;
  ownerId: number;
  files: EvidenceUpload[];
}

/**
 * Stores the files inside the caller's transaction: content once per sha256 in file_blobs, one
 * evidence_files row per upload. Validates all files first (throws AppError "validation").
 * Returns the rows (without content) for the caller's audit record.
 */
export async function attachEvidence(tx: Queryable, input: AttachEvidenceInput): Promise<EvidenceFile[]> {
  const checked = await validateEvidenceFiles(input.files);
  const rows: EvidenceFile[] = [];
  for (const { file, mimeType } of checked) {
    const content = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const sha256 = createHash("sha256").update(content).digest("hex");
    await tx.insert(fileBlobs).values({ sha256, size: content.byteLength, content }).onConflictDoNothing();
    const [row] = await tx
      .insert(evidenceFiles)
      .values({
        workItemId: input.workItemId,
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        filename: file.name.normalize("NFC"),
        mimeType,
        size: content.byteLength,
        sha256,
        uploadedBy: input.actor.id,
      })
      .returning();
    rows.push(row!);
  }
  return rows;
}

const listColumns = {
  id: evidenceFiles.id,
  workItemId: evidenceFiles.workItemId,
  ownerType: evidenceFiles.ownerType,
  ownerId: evidenceFiles.ownerId,
  filename: evidenceFiles.filename,
  mimeType: evidenceFiles.mimeType,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  uploadedBy: evidenceFiles.uploadedBy,
  createdAt: evidenceFiles.createdAt,
};
export type EvidenceListing = Awaited<ReturnType<typeof listEvidence>>[number];

type OwnerAccess = Map<number, "all" | Date>;

/**
 * Which files of each owner the actor may see, by the rule of the page that shows the owner:
 * "all", or (a returned progress report being reworked, seen from outside its department) only
 * those uploaded up to its last submission; absent = none (also when the owner does not exist).
 * A fixed number of queries, whatever the number of owners.
 */
async function ownerAccess(q: Queryable, actor: Actor, ownerType: string, ownerIds: number[]): Promise<OwnerAccess> {
  if (!can(actor, "plan.read") || ownerIds.length === 0) return new Map();
  switch (ownerType) {
    case "progress_report":
      return reportAccess(q, actor, ownerIds);
    case "supervision_notice":
      return noticeAccess(q, actor, ownerIds);
    case "completion_request":
      return requestAccess(q, actor, completionRequests, ownerIds);
    case "extension_request":
      return requestAccess(q, actor, extensionRequests, ownerIds);
    default:
      return new Map();
  }
}

/** Drafts of a progress report are for their department only; a reworked one shows what was submitted. */
async function reportAccess(q: Queryable, actor: Actor, ownerIds: number[]): Promise<OwnerAccess> {
  const out: OwnerAccess = new Map();
  const owners = await q
    .select({ id: progressReports.id, status: progressReports.status, departmentId: progressReports.departmentId })
    .from(progressReports)
    .where(inArray(progressReports.id, ownerIds));
  const drafts: number[] = [];
  for (const o of owners) {
    if (o.status !== "draft" || can(actor, "report.readDraft", { type: "department", departmentId: o.departmentId }))
      out.set(o.id, "all");
    else drafts.push(o.id);
  }
  if (drafts.length) {
    const submitted = await q
      .select({ reportId: progressReportRevisions.reportId, at: max(progressReportRevisions.createdAt) })
      .from(progressReportRevisions)
      .where(inArray(progressReportRevisions.reportId, drafts))
      .groupBy(progressReportRevisions.reportId);
    for (const s of submitted) if (s.at) out.set(s.reportId, new Date(s.at));
  }
  return out;
}

/** A notice's response files: whoever may open that notice (the notices list and page rule). */
async function noticeAccess(q: Queryable, actor: Actor, ownerIds: number[]): Promise<OwnerAccess> {
  const rows = await q
    .select({ id: supervisionNotices.id })
    .from(supervisionNotices)
    .where(and(inArray(supervisionNotices.id, ownerIds), noticesVisibleTo(actor)));
  return new Map(rows.map((r) => [r.id, "all"]));
}

/** Completion and extension material: whoever may open the item (a draft plan's only for plan editors). */
async function requestAccess(
  q: Queryable,
  actor: Actor,
  table: typeof completionRequests | typeof extensionRequests,
  ownerIds: number[],
): Promise<OwnerAccess> {
  const rows = await q
    .select({ id: table.id, planStatus: plans.status })
    .from(table)
    .innerJoin(workItems, eq(workItems.id, table.workItemId))
    .innerJoin(plans, eq(plans.id, workItems.planId))
    .where(inArray(table.id, ownerIds));
  const mayEdit = can(actor, "plan.edit");
  return new Map(rows.filter((r) => r.planStatus !== "draft" || mayEdit).map((r) => [r.id, "all"]));
}

function mayReadFile(access: OwnerAccess, file: { ownerId: number; createdAt: Date }): boolean {
  const a = access.get(file.ownerId);
  return a === "all" || (a instanceof Date && file.createdAt.getTime() <= a.getTime());
}

/** File metadata (no content) of the given owners, oldest first, leaving out what the actor may not see. */
export async function listEvidence({
  actor,
  ownerType,
  ownerIds,
}: {
  actor: Actor;
  ownerType: EvidenceOwnerType;
  ownerIds: number[];
}) {
  authorize(actor, "plan.read");
  if (ownerIds.length === 0) return [];
  const rows = await db
    .select(listColumns)
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.ownerType, ownerType), inArray(evidenceFiles.ownerId, ownerIds)))
    .orderBy(evidenceFiles.id);
  const access = await ownerAccess(db, actor, ownerType, [...new Set(rows.map((r) => r.ownerId))]);
  return rows.filter((r) => mayReadFile(access, r));
}

/**
 * One file with its content for download. Unknown and not-yours answer the same 404, so file ids
 * cannot be probed.
 */
export async function getEvidenceForDownload({ actor, id }: { actor: Actor; id: number }) {
  const [row] = await db
    .select({ file: evidenceFiles, content: fileBlobs.content })
    .from(evidenceFiles)
    .innerJoin(fileBlobs, eq(fileBlobs.sha256, evidenceFiles.sha256))
    .where(eq(evidenceFiles.id, id));
  const missing = () => notFound(msg("errors.evidence.notFound"));
  if (!row) throw missing();
  const access = await ownerAccess(db, actor, row.file.ownerType, [row.file.ownerId]);
  if (!mayReadFile(access, row.file)) throw missing();
  return { ...row.file, content: row.content };
}

/** RFC 5987 Content-Disposition that keeps Chinese names, with an ASCII fallback for old clients. */
export function contentDisposition(filename: string, inline = false): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
