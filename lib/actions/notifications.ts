"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { markNotificationsRead } from "@/lib/services/notifications";
import { markReadSchema } from "@/lib/validations/requests";

/** Marks the signed-in user's own notifications read (all of them when no ids are given). */
export const markNotificationsReadAction = authorizedAction(null, markReadSchema, async (input, user) => {
  await markNotificationsRead(user.id, input.ids);
  revalidatePath("/notifications");
  return { done: true };
});
