"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { decideCompletion, requestCompletion } from "@/lib/services/completion";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { decideExtension, requestExtension } from "@/lib/services/extensions";
import { completionRequestFormSchema, decisionSchema, extensionRequestSchema } from "@/lib/validations/requests";
import { routes } from "@/lib/routes";

function refresh(workItemId: number) {
  revalidatePath("/requests");
  revalidatePath(routes.item(workItemId));
}

export const requestExtensionAction = authorizedAction(
  "extension.request",
  extensionRequestSchema,
  async (input, user) => {
    const request = await requestExtension({
      actor: user,
      workItemId: input.workItemId,
      expectedVersion: input.version,
      requestedDueOn: input.requestedDueOn,
      reason: input.reason,
    });
    refresh(request.workItemId);
    return { id: request.id };
  },
);

export const decideExtensionAction = authorizedAction("extension.decide", decisionSchema, async (input, user) => {
  const request = await decideExtension({
    actor: user,
    requestId: input.requestId,
    expectedVersion: input.version,
    decision: input.decision,
    note: input.note,
  });
  refresh(request.workItemId);
  return { id: request.id, status: request.status };
});

/** Called with FormData: workItemId, version, summary and any number of `files`. */
export const requestCompletionAction = authorizedAction(
  "completion.request",
  completionRequestFormSchema,
  async (input, user) => {
    const request = await requestCompletion({
      actor: user,
      workItemId: input.workItemId,
      expectedVersion: input.version,
      summary: input.summary,
      files: await uploadsFromFiles(input.files),
    });
    refresh(request.workItemId);
    return { id: request.id };
  },
);

export const decideCompletionAction = authorizedAction("completion.decide", decisionSchema, async (input, user) => {
  const request = await decideCompletion({
    actor: user,
    requestId: input.requestId,
    expectedVersion: input.version,
    decision: input.decision,
    note: input.note,
  });
  refresh(request.workItemId);
  return { id: request.id, status: request.status };
});
