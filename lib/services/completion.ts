import "server-only";
import { now } from "@/lib/clock";
import { and, eq } from "drizzle-orm";
import { completionRequests, type CompletionRequest } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { forbidden, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { attachEvidence, validateEvidenceFiles, type EvidenceUpload } from "./evidence";
import { decisionCommand, type DecisionRules } from "./request-decision";
import { updateItemVersioned } from "./item-access";
import { itemCommand, itemOfInput } from "./item-command";
import { departmentName } from "./request-items";

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
export const requestCompletion = itemCommand<RequestCompletionInput, null, CompletionRequest>({
  permission: "completion.request",
  // Checked before the transaction so a bad file is refused without holding it open.
  prepare: async (input) => {
    await validateEvidenceFiles(input.files ?? []);
    return input;
  },
  locate: itemOfInput,
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, actor, input, loaded, item }) {
    const departmentId = actor.departmentId;
    if (departmentId == null) throw forbidden();
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
      files: input.files ?? [],
    });
    const department = await departmentName(tx, departmentId);
    return {
      result: request!,
      audit: [
        {
          action: "completion.request",
          entityType: "completion_request",
          entityId: request!.id,
          departmentId,
          before: null,
          after: {
            ...request,
            files: stored.map((f) => ({ id: f.id, filename: f.filename, sha256: f.sha256, size: f.size })),
          },
        },
      ],
      notify: [
        {
          to: { role: "secretariat" },
          kind: "completion.requested",
          params: { department, code: item.code, item: item.title },
          note: input.summary,
          link: routes.requests,
        },
      ],
    };
  },
  revalidate: (request) => [routes.requests, routes.item(request.workItemId)],
});

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
export const decideCompletion = decisionCommand(COMPLETION_RULES);
