import "server-only";
import { db, type Tx } from "@/db";
import { authorize, type Actor } from "@/lib/authz";
import type { ItemChange } from "@/lib/plan-import/plan-diff";
import { diffRevision } from "@/lib/plan-import/revision-diff";
import { publishedSide, revisedSide, type PublishedNode } from "./plan-revision-sides";

/**
 * 导入修订版: a revised text of a published plan against the plan as published now, change by change.
 * Stateless: the page shows the changes with the plan's fingerprint; applying sends the same text,
 * the fingerprint and the accepted ids back, and the server compares again (./plan-revision-apply).
 */

/** The one permission of revising: changing what a published plan says is the secretariat's publishing. */
export const REVISION_PERMISSION = "plan.publish" as const;

/** What accepting a removal does: delete an item never dispatched, else take it back (history kept). */
export type RemovalMode = "delete" | "withdraw";

/** Why a change cannot be applied as it stands (the page shows it, unselectable). */
export type RevisionBlock = "deadlineCleared";

export interface RevisionChangeView {
  id: string;
  change: ItemChange;
  /** The item's title: as published, or the added item's. */
  title: string;
  /** The published item's status (null for an added item). */
  status: PublishedNode["status"] | null;
  removal: RemovalMode | null;
  blocked: RevisionBlock | null;
}

export interface RevisionPreview {
  planId: number;
  planTitle: string;
  revisedTitle: string;
  fingerprint: string;
  changes: RevisionChangeView[];
}

/** Both sides and the changes between them, read in `tx` (the apply's own transaction, or a read). */
export async function compareInTx(tx: Tx, planId: number, text: string) {
  const published = await publishedSide(tx, planId);
  const revised = await revisedSide(tx, text);
  const { changes, partnerOf } = diffRevision(published.sections, revised.sections);
  const views: RevisionChangeView[] = changes.map(({ id, publishedKey, revisedKey, change }) => {
    const before = publishedKey ? published.nodes.get(publishedKey)! : null;
    const after = revisedKey ? revised.nodes.get(revisedKey)! : null;
    const cleared = change.kind === "deadline" && change.after === null && before?.status !== "draft";
    return {
      id,
      change,
      title: before?.title ?? after!.title,
      status: before?.status ?? null,
      removal: change.kind === "removed" ? (before!.allDraft ? "delete" : "withdraw") : null,
      blocked: cleared ? "deadlineCleared" : null,
    };
  });
  return { published, revised, changes, partnerOf, views };
}

/** The changes a revised text makes to a published plan; writes nothing. */
export async function compareRevision(input: { actor: Actor; planId: number; text: string }): Promise<RevisionPreview> {
  authorize(input.actor, REVISION_PERMISSION);
  const { published, revised, views } = await db.transaction((tx) => compareInTx(tx, input.planId, input.text));
  return {
    planId: published.plan.id,
    planTitle: published.plan.title,
    revisedTitle: revised.title,
    fingerprint: published.fingerprint,
    changes: views,
  };
}
