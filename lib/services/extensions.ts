import "server-only";
import { and, eq } from "drizzle-orm";
import { extensionRequests, type ExtensionRequest } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { today } from "@/lib/clock";
import { fieldError, forbidden, invalidState } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { routes } from "@/lib/routes";
import { updateItemVersioned } from "./item-access";
import { itemCommand, itemOfInput } from "./item-command";
import { departmentName } from "./request-items";
import { decisionCommand, type DecisionRules } from "./request-decision";

export type { DecideInput } from "./request-decision";

export interface RequestExtensionInput {
  actor: Actor;
  workItemId: number;
  /** The item's version the form was opened with. */
  expectedVersion: number;
  requestedDueOn: string;
  reason: string;
}

/**
 * 延期申请: a liaison of an assigned department asks for a later due date, before the current one
 * passes; one pending request per item and department. Secretariat users are notified.
 */
export const requestExtension = itemCommand<RequestExtensionInput, null, ExtensionRequest>({
  permission: "extension.request",
  locate: itemOfInput,
  versions: ({ input, item }) => [input.expectedVersion, item.version],
  async change({ tx, actor, input, loaded, item }) {
    const departmentId = actor.departmentId;
    if (departmentId == null) throw forbidden();
    if (item.status !== "dispatched") throw invalidState(msg("planErrors.extension.notOpen"));
    if (!loaded.assignments.find((a) => a.departmentId === departmentId)?.acknowledgedAt)
      throw invalidState(msg("planErrors.extension.acknowledgeFirst"));
    if (!item.dueOn) throw invalidState(msg("planErrors.extension.noDueDate"));
    if (today() > item.dueOn) throw invalidState(msg("planErrors.extension.duePassed", { dueOn: item.dueOn }));
    // Never before today either: the current date has not passed (checked above), so later than it is enough.
    if (input.requestedDueOn <= item.dueOn) {
      throw fieldError("requestedDueOn", msg("planErrors.extension.mustBeLater", { dueOn: item.dueOn }));
    }
    const [pending] = await tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(
        and(
          eq(extensionRequests.workItemId, item.id),
          eq(extensionRequests.departmentId, departmentId),
          eq(extensionRequests.status, "pending"),
        ),
      );
    if (pending) throw invalidState(msg("planErrors.extension.pending"));
    const [request] = await tx
      .insert(extensionRequests)
      .values({
        workItemId: item.id,
        departmentId,
        currentDueOn: item.dueOn,
        requestedDueOn: input.requestedDueOn,
        reason: input.reason,
        requestedBy: actor.id,
      })
      .returning();
    const department = await departmentName(tx, departmentId);
    return {
      result: request!,
      audit: [
        {
          action: "extension.request",
          entityType: "extension_request",
          entityId: request!.id,
          departmentId,
          before: null,
          after: request,
        },
      ],
      notify: [
        {
          to: { role: "secretariat" },
          kind: "extension.requested",
          params: { department, code: item.code, item: item.title, to: input.requestedDueOn },
          note: input.reason,
          link: routes.requests,
        },
      ],
    };
  },
  revalidate: (request) => [routes.requests, routes.item(request.workItemId)],
});

const EXTENSION_RULES: DecisionRules<"extension"> = {
  kind: "extension",
  async approve(tx, request, { item }) {
    // Another department's extension may have moved the date since this request was made: an
    // approval must never move the deadline earlier.
    if (item.dueOn && request.requestedDueOn <= item.dueOn) {
      throw invalidState(msg("planErrors.extension.dueMovedSince", { dueOn: item.dueOn }));
    }
    return updateItemVersioned(tx, item, {
      dueOn: request.requestedDueOn,
      originalDueOn: item.originalDueOn ?? item.dueOn,
    });
  },
  itemFields: (item) => ({ itemDueOn: item.dueOn }),
  audience: (request) => [request.departmentId],
  params: (request, item) => ({ code: item.code, item: item.title, to: request.requestedDueOn }),
};

/**
 * Secretariat approves (the item's dueOn moves to the requested date, originalDueOn stays, so both
 * remain visible) or refuses with a reason; the department's liaisons are notified.
 */
export const decideExtension = decisionCommand(EXTENSION_RULES);
