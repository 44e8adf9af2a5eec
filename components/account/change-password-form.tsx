"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/ui/action-errors";
import { BUTTON_CLASS, Field, FormAlert, INPUT_CLASS } from "@/components/admin/form-bits";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/account";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

/** Changing the password ends every session of the account, so the form signs in again with the new one. */
export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: useLocalizedResolver(changePasswordSchema) });

  async function onSubmit(values: ChangePasswordInput) {
    setMessage(null);
    const result = await changePasswordAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage(error);
    await signIn("credentials", { username: result.data.username, password: values.newPassword, redirect: false });
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("title")}>
      <FormAlert message={message} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        <Field id="currentPassword" label={t("current")} error={errors.currentPassword}>
          <input
            id="currentPassword"
            type="password"
            autoComplete="current-password"
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.currentPassword)}
            {...register("currentPassword")}
          />
        </Field>
        <Field id="newPassword" label={t("new")} error={errors.newPassword}>
          <input
            id="newPassword"
            type="password"
            autoComplete="new-password"
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.newPassword)}
            {...register("newPassword")}
          />
        </Field>
        <Field id="confirmPassword" label={t("confirm")} error={errors.confirmPassword}>
          <input
            id="confirmPassword"
            type="password"
            autoComplete="new-password"
            className={INPUT_CLASS}
            aria-invalid={Boolean(errors.confirmPassword)}
            {...register("confirmPassword")}
          />
        </Field>
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <button type="submit" className={BUTTON_CLASS}>
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
