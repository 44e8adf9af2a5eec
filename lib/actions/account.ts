"use server";
import { z } from "zod";
import { requestAddress } from "@/lib/auth/request-address";
import { authorizedAction } from "@/lib/actions/safe-action";
import { changeOwnPassword } from "@/lib/services/accounts";
import { confirmEnrolment, disableOwnSecondFactor, startEnrolment } from "@/lib/services/second-factor";
import { changePasswordSchema, secondFactorCodeSchema } from "@/lib/validations/account";

/** Every signed-in user may change their own password; the client signs in again with the new one. */
export const changePasswordAction = authorizedAction(null, changePasswordSchema, async (input, actor) => {
  await changeOwnPassword({
    actor,
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
    ip: await requestAddress(),
  });
  return { username: actor.username };
});

/** Starts enrolling one's own authenticator app: returns the QR code (the secret is shown this once). */
export const startSecondFactorAction = authorizedAction(null, z.object({}), async (_input, actor) =>
  startEnrolment({ actor }),
);

/** Confirms enrolment with a code from the app; returns the 10 recovery codes, shown once. */
export const confirmSecondFactorAction = authorizedAction(null, secondFactorCodeSchema, async (input, actor) =>
  confirmEnrolment({ actor, code: input.code }),
);

/** Turns one's own second factor off, where the role does not require it. */
export const disableSecondFactorAction = authorizedAction(null, secondFactorCodeSchema, async (input, actor) => {
  await disableOwnSecondFactor({ actor, role: actor.role, code: input.code });
  return { disabled: true };
});
