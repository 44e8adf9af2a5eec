"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordSchema } from "@/lib/validations/account";

/** Changing the password ends every session of the account, so the form signs in again with the new one. */
export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const router = useRouter();
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    onSuccess: async (changed, values) => {
      await signIn("credentials", { username: changed.username, password: values.newPassword, redirect: false });
      router.replace("/");
    },
  });
  const { errors } = formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("title")}>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="space-y-4">
        <TextField
          id="currentPassword"
          label={t("current")}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          registration={register("currentPassword")}
        />
        <TextField
          id="newPassword"
          label={t("new")}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword}
          registration={register("newPassword")}
        />
        <TextField
          id="confirmPassword"
          label={t("confirm")}
          type="password"
          autoComplete="new-password"
          error={errors.confirmPassword}
          registration={register("confirmPassword")}
        />
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <button type="submit" className={BUTTON_CLASS.primary}>
          {submitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
