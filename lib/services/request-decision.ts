import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import {
  completionRequests,
  extensionRequests,
  type CompletionRequest,
  type ExtensionRequest,
  type WorkItem,
} from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { now } from "@/lib/clock";
import { conflict, invalidState, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import type { NotificationParams } from "@/lib/i18n/notification-text";
import { routes } from "@/lib/routes";
import type { ItemWithAssignments } from "./item-access";
import { itemCommand, type ItemCommand } from "./item-command";

export interface DecideInput {
  actor: Actor;
  requestId: number;
  /** The request's version the decision form was opened with. */
  expectedVersion: number;
  decision: "approve" | "refuse";
  note?: string;
}

const TABLES = { extension: extensionRequests, completion: completionRequests } as const;
const ACTIONS = {
  extension: { approve: "extension.approve", refuse: "extension.refuse" },
  completion: { approve: "completion.approve", refuse: "completion.refuse" },
} as const;
type Kind = keyof typeof TABLES;
type RequestOf<K extends Kind> = K extends "extension" ? ExtensionRequest : CompletionRequest;

/** What a kind of request does beyond the shared steps. */
export interface DecisionRules<K extends Kind> {
  kind: K;
  /** On approval: checks against the item as it is now, then the item's change (versioned). */
  approve: (tx: Tx, request: RequestOf<K>, loaded: ItemWithAssignments) => Promise<WorkItem>;
  /** The item's fields the audit record shows before and after. */
  itemFields: (item: WorkItem) => Record<string, unknown>;
  /** Departments whose liaisons hear of the decision. */
  audience: (request: RequestOf<K>, loaded: ItemWithAssignments, approved: boolean) => number[];
  params: (request: RequestOf<K>, item: WorkItem) => NotificationParams;
}

const PERMISSIONS = { extension: "extension.decide", completion: "completion.decide" } as const;

/**
 * The one decision routine of 延期 and 办结 requests, as an item command: permission, the request at
 * the version the form showed and still pending, the kind's own change to the item on approval, the
 * decision with its note, one audit record (the request and the item's fields before → after), and the
 * notification — all in one transaction, with the item's light recomputed before it commits.
 */
export function decisionCommand<K extends Kind>(rules: DecisionRules<K>): ItemCommand<DecideInput, RequestOf<K>> {
  const { kind } = rules;
  const table = TABLES[kind] as typeof extensionRequests;
  return itemCommand<DecideInput, RequestOf<K>, RequestOf<K>>({
    permission: PERMISSIONS[kind],
    async locate(tx, input) {
      const [request] = (await tx.select().from(table).where(eq(table.id, input.requestId))) as RequestOf<K>[];
      if (!request) throw notFound(msg(`planErrors.${kind}.requestNotFound`));
      return { workItemId: request.workItemId, target: request };
    },
    versions: ({ input, target }) => [input.expectedVersion, target.version],
    async change({ tx, actor, input, loaded, item, target: request }) {
      if (request.status !== "pending") throw invalidState(msg(`planErrors.${kind}.alreadyDecided`));
      const approve = input.decision === "approve";
      if (approve && item.status !== "dispatched") throw invalidState(msg(`planErrors.${kind}.itemClosed`));
      const itemAfter = approve ? await rules.approve(tx, request, loaded) : item;
      const [decided] = (await tx
        .update(table)
        .set({
          status: approve ? "approved" : "refused",
          decidedBy: actor.id,
          decidedAt: now(),
          decisionNote: input.note?.trim() || null,
          version: sql`${table.version} + 1`,
        })
        .where(and(eq(table.id, request.id), eq(table.version, input.expectedVersion)))
        .returning()) as RequestOf<K>[];
      if (!decided) throw conflict();
      return {
        result: decided,
        audit: [
          {
            action: ACTIONS[kind][approve ? "approve" : "refuse"],
            entityType: `${kind}_request`,
            entityId: request.id,
            departmentId: request.departmentId,
            before: { ...request, ...rules.itemFields(item) },
            after: { ...decided, ...rules.itemFields(itemAfter) },
          },
        ],
        notify: [
          {
            to: { departments: rules.audience(request, loaded, approve) },
            kind: `${kind}.${approve ? "approved" : "refused"}`,
            params: rules.params(request, item),
            note: decided.decisionNote,
            link: routes.item(item.id),
          },
        ],
      };
    },
    revalidate: (request) => [routes.requests, routes.item(request.workItemId)],
  });
}
