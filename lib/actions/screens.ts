"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { createScreenLink, revokeScreenLink } from "@/lib/services/screens";
import { createScreenLinkSchema, revokeScreenLinkSchema } from "@/lib/validations/screens";

/** Makes a link and hands its token back once (the page shows the full address with a copy button). */
export const createScreenLinkAction = authorizedAction(
  createScreenLink.permission,
  createScreenLinkSchema,
  async (input, user) => {
    const made = await createScreenLink({ actor: user, label: input.label, planId: input.planId });
    revalidatePath("/screens");
    return made;
  },
);

export const revokeScreenLinkAction = authorizedAction(
  revokeScreenLink.permission,
  revokeScreenLinkSchema,
  async (input, user) => {
    const result = await revokeScreenLink({ actor: user, id: input.id });
    revalidatePath("/screens");
    return result;
  },
);
