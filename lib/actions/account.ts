"use server";
import { authorizedAction } from "@/lib/actions/safe-action";
import { changeOwnPassword } from "@/lib/services/accounts";
import { changePasswordSchema } from "@/lib/validations/account";

/** Every signed-in user may change their own password; the client signs in again with the new one. */
export const changePasswordAction = authorizedAction(null, changePasswordSchema, async (input, actor) => {
  await changeOwnPassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
  return { username: actor.username };
});
