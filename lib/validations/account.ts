import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { meetsPasswordRule, PASSWORD_MIN_LENGTH, PASSWORD_RULE_MESSAGE } from "./password-rules";

export { PASSWORD_MIN_LENGTH } from "./password-rules";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, msg("validation.password.currentRequired"))
      .max(200, msg("validation.password.tooLong")),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, msg("validation.password.newTooShort", { min: PASSWORD_MIN_LENGTH }))
      .max(200, msg("validation.password.tooLong"))
      .refine(meetsPasswordRule, msg("validation.password.newMustMeetRule", { rule: PASSWORD_RULE_MESSAGE })),
    confirmPassword: z.string().min(1, msg("validation.password.confirmRequired")),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("validation.password.mismatch"),
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: msg("validation.password.sameAsCurrent"),
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A code from the authenticator app (6 digits) or, where accepted, a recovery code. */
export const secondFactorCodeSchema = z.object({
  code: z.string().trim().min(1, msg("validation.auth.codeRequired")).max(20, msg("validation.auth.codeTooLong")),
});
export type SecondFactorCodeInput = z.infer<typeof secondFactorCodeSchema>;
