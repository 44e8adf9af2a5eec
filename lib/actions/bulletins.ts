"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { editBulletin, generateBulletin, publishBulletin } from "@/lib/services/bulletins";
import { editBulletinSchema, generateBulletinSchema, publishBulletinSchema } from "@/lib/validations/bulletins";

export const generateBulletinAction = authorizedAction(
  generateBulletin.permission,
  generateBulletinSchema,
  async (input, user) => {
    const saved = await generateBulletin({ actor: user, period: input.period });
    revalidatePath("/bulletins");
    return { id: saved.id, year: saved.year, issueNo: saved.issueNo };
  },
);

export const editBulletinAction = authorizedAction(editBulletin.permission, editBulletinSchema, async (input, user) => {
  const saved = await editBulletin({ actor: user, ...input });
  revalidatePath(`/bulletins/${saved.id}`);
  return { id: saved.id, version: saved.version };
});

export const publishBulletinAction = authorizedAction(
  publishBulletin.permission,
  publishBulletinSchema,
  async (input, user) => {
    const saved = await publishBulletin({ actor: user, ...input });
    revalidatePath("/bulletins");
    revalidatePath(`/bulletins/${saved.id}`);
    return { id: saved.id, version: saved.version };
  },
);
