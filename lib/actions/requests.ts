"use server";
import type { CompletionRequest, ExtensionRequest } from "@/db/schema";
import { itemAction } from "@/lib/actions/item-action";
import { decideCompletion, requestCompletion } from "@/lib/services/completion";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { decideExtension, requestExtension } from "@/lib/services/extensions";
import { completionRequestFormSchema, decisionSchema, extensionRequestSchema } from "@/lib/validations/requests";

const decided = (request: ExtensionRequest | CompletionRequest) => ({ id: request.id, status: request.status });

export const requestExtensionAction = itemAction(
  requestExtension,
  extensionRequestSchema,
  (input, user) => ({
    actor: user,
    workItemId: input.workItemId,
    expectedVersion: input.version,
    requestedDueOn: input.requestedDueOn,
    reason: input.reason,
  }),
  (request) => ({ id: request.id }),
);

const decisionOf = (input: { requestId: number; version: number; decision: "approve" | "refuse"; note?: string }) => ({
  requestId: input.requestId,
  expectedVersion: input.version,
  decision: input.decision,
  note: input.note,
});

export const decideExtensionAction = itemAction(
  decideExtension,
  decisionSchema,
  (input, user) => ({ actor: user, ...decisionOf(input) }),
  decided,
);

/** Called with FormData: workItemId, version, summary and any number of `files`. */
export const requestCompletionAction = itemAction(
  requestCompletion,
  completionRequestFormSchema,
  async (input, user) => ({
    actor: user,
    workItemId: input.workItemId,
    expectedVersion: input.version,
    summary: input.summary,
    files: await uploadsFromFiles(input.files),
  }),
  (request) => ({ id: request.id }),
);

export const decideCompletionAction = itemAction(
  decideCompletion,
  decisionSchema,
  (input, user) => ({ actor: user, ...decisionOf(input) }),
  decided,
);
