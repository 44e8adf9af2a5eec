"use server";

import { itemAction } from "@/lib/actions/item-action";
import { authorizedAction } from "@/lib/actions/safe-action";
import { compareRevision, REVISION_PERMISSION } from "@/lib/services/plan-revision";
import { applyPlanRevision } from "@/lib/services/plan-revision-apply";
import { applyRevisionSchema, compareRevisionSchema } from "@/lib/validations/plan-revisions";

/** The changes a revised text makes to a published plan; writes nothing. */
export const compareRevisionAction = authorizedAction(REVISION_PERMISSION, compareRevisionSchema, (input, user) =>
  compareRevision({ actor: user, ...input }),
);

/** Applies the accepted changes (compared again on the server) in one transaction. */
export const applyRevisionAction = itemAction(applyPlanRevision, applyRevisionSchema, (input, user) => ({
  actor: user,
  ...input,
}));
