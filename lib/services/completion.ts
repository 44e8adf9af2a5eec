import "server-only";
import { now } from "@/lib/clock";
import { and, eq } from "drizzle-orm";
import { completionRequests, type CompletionRequest } from "@/db/schema";
import { authorize, type Actor } from "@/lib/authz";
import { conflict, forbidden, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { recordAudit } from "./audit";
import { attachEvidence, validateEvidenceFiles, type EvidenceUpload } from "./evidence";
import { decideRequest, type DecideInput, type DecisionRules } from "./request-decision";
import { notifyUsers, usersWithRole } from "./notifications";
import { itemResource, loadItem, updateItemVersioned } from "./item-access";
import { departmentName } from "./request-items";
import { writeTransaction } from "./health-store";

export interface RequestCompletionInput {
  actor: Actor;
  workItemId: number;
  /** The item's version the form was opened with. */
  expectedVersion: number;
  summary: string;
  files?: EvidenceUpload[];
}

/**
 * 办结申请: only the lead department's liaison, on a dispatched item, with a summary and optional
 * evidence; one pending request per item. Secretariat users are notified.
 */
export async function requestCompletion(input: RequestCompletionInput): Promise<CompletionRequest> {
  const { actor } = input;
  const files = input.files ?? [];
  // Checked before the transaction so a bad file is refused without holding it open.
  await validateEvidenceFiles(files);
  return writeTransaction(async (tx) => {
    const loaded = await loadItem(tx, input.workItemId);
    const { item } = loaded;
    const resource = itemResource(loaded);
    authorize(actor, "completion.request", resource);
    const departmentId = actor.departmentId;
    if (departmentId == null) throw forbidden();
    if (item.version !== input.expectedVersion) throw conflict();
    if (item.status !== "dispatched") throw invalidState(msg("planErrors.completion.notOpen"));
    if (!loaded.assignments.find((a) => a.departmentId === departmentId)?.acknowledgedAt)
      throw invalidState(msg("planErrors.completion.acknowledgeFirst"));
    const [pending] = await tx
      .select({ id: completionRequests.id })
      .from(completionRequests)
      .where(and(eq(completionRequests.workItemId, item.id), eq(completionRequests.status, "pending")));
    if (pending) throw invalidState(msg("planErrors.completion.pending"));
    const [request] = await tx
      .insert(completionRequests)
      .values({ workItemId: item.id, departmentId, summary: input.summary, requestedBy: actor.id })
      .returning();
    const stored = await attachEvidence(tx, {
      actor,
      workItemId: item.id,
      ownerType: "completion_request",
      ownerId: request!.id,
      files,
    });
    await recordAudit(tx, {
      actor,
      action: "completion.request",
      entityType: "completion_request",
      entityId: request!.id,
      planId: item.planId,
      workItemId: item.id,
      departmentId,
      before: null,
      after: {
        ...request,
        files: stored.map((f) => ({ id: f.id, filename: f.filename, sha256: f.sha256, size: f.size })),
      },
    });
    const dept = await departmentName(tx, departmentId);
    await notifyUsers(tx, await usersWithRole(tx, ["secretariat"]), {
      kind: "completion.requested",
      params: { department: dept, code: item.code, item: item.title },
      note: input.summary,
      link: "/requests",
    });
    return request!;
  });
}

const COMPLETION_RULES: DecisionRules<"completion"> = {
  kind: "completion",
  approve: (tx, _request, { item }) => updateItemVersioned(tx, item, { status: "completed", completedAt: now() }),
  itemFields: (item) => ({ itemStatus: item.status }),
  // On approval every assigned department hears of it; on refusal the requesting one.
  audience: (request, { assignments }, approved) =>
    approved ? assignments.map((a) => a.departmentId) : [request.departmentId],
  params: (_request, item) => ({ code: item.code, item: item.title }),
};

/**
 * Secretariat approves (the item becomes completed) or refuses with a reason. On approval every
 * assigned department's liaisons hear of it; on refusal the requesting department's.
 */
export function decideCompletion(input: DecideInput): Promise<CompletionRequest> {
  return decideRequest(COMPLETION_RULES, input);
}
