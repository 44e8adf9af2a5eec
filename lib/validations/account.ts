import { z } from "zod";
import { meetsPasswordRule, PASSWORD_MIN_LENGTH, PASSWORD_RULE_MESSAGE } from "./password-rules";

export { PASSWORD_MIN_LENGTH } from "./password-rules";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200, "密码过长"),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `新密码至少 ${PASSWORD_MIN_LENGTH} 位`)
      .max(200, "密码过长")
      .refine(meetsPasswordRule, `新密码须${PASSWORD_RULE_MESSAGE}`),
    confirmPassword: z.string().min(1, "请再输入一次新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的新密码不一致",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "新密码不能与当前密码相同",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A code from the authenticator app (6 digits) or, where accepted, a recovery code. */
export const secondFactorCodeSchema = z.object({
  code: z.string().trim().min(1, "请输入验证码").max(20, "验证码过长"),
});
export type SecondFactorCodeInput = z.infer<typeof secondFactorCodeSchema>;
