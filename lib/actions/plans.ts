"use server";

import { revalidatePath } from "next/cache";
import { itemAction } from "@/lib/actions/item-action";
import { authorizedAction } from "@/lib/actions/safe-action";
import { requestLocale } from "@/lib/i18n/request-locale";
import { confirmUnitAlias, previewImport, publishPlan, savePlanDraft } from "@/lib/services/plan-import";
import { updateDraftItem } from "@/lib/services/plans";
import {
  confirmUnitAliasSchema,
  editDraftItemSchema,
  previewImportSchema,
  publishPlanSchema,
  savePlanDraftSchema,
} from "@/lib/validations/plans";
import { routes } from "@/lib/routes";

/** Reads an uploaded file (base64) or pasted text and returns the proposed breakdown; writes nothing. */
export const previewImportAction = authorizedAction("plan.import", previewImportSchema, async (input, user) => {
  const file = input.fileBase64
    ? { bytes: new Uint8Array(Buffer.from(input.fileBase64, "base64")), filename: input.filename || "upload.txt" }
    : undefined;
  return previewImport({ actor: user, text: file ? undefined : input.text, file, locale: await requestLocale() });
});

export const savePlanDraftAction = authorizedAction("plan.import", savePlanDraftSchema, async (input, user) => {
  const saved = await savePlanDraft({ actor: user, ...input });
  revalidatePath("/plans");
  return saved;
});

export const publishPlanAction = authorizedAction("plan.publish", publishPlanSchema, async (input, user) => {
  const published = await publishPlan({ actor: user, ...input });
  revalidatePath("/plans");
  revalidatePath(routes.plan(input.planId));
  return published;
});

export const confirmUnitAliasAction = authorizedAction("plan.import", confirmUnitAliasSchema, async (input, user) =>
  confirmUnitAlias({ actor: user, ...input }),
);

export const editDraftItemAction = itemAction(updateDraftItem, editDraftItemSchema, (input, user) => ({
  actor: user,
  ...input,
}));
