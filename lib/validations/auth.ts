import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

export const signInSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, msg("validation.auth.usernameRequired"))
    .max(64, msg("validation.auth.usernameTooLong")),
  password: z.string().min(1, msg("validation.auth.passwordRequired")).max(200, msg("validation.password.tooLong")),
  /** Asked for after the password when the account has a second factor. */
  code: z.string().trim().max(20, msg("validation.auth.codeTooLong")).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
