import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200, "密码过长"),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `新密码至少 ${PASSWORD_MIN_LENGTH} 位`)
      .max(200, "密码过长"),
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
