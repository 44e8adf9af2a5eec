"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { signInSchema, type SignInInput } from "@/lib/validations/auth";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth");
  const [formError, setFormError] = useState<string | null>(null);
  // Until React hydrates, a click would submit natively; keep the form inert instead.
  const hydrated = useHydrated();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      const message = result?.error && result.error !== "CredentialsSignin" ? result.error : t("invalid");
      setFormError(message);
      return;
    }
    window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
  }

  return (
    <form
      method="post"
      // An earlier "wrong password" banner must not stay above the field errors of a new attempt.
      onSubmit={(event) => {
        setFormError(null);
        return handleSubmit(onSubmit)(event);
      }}
      noValidate
      className="space-y-4"
    >
      {formError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <fieldset disabled={isSubmitting || !hydrated} className="space-y-4">
        <div>
          <label htmlFor="username" className="block text-sm font-medium">
            {t("username")}
          </label>
          <input
            id="username"
            autoComplete="username"
            autoCapitalize="none"
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
            aria-invalid={Boolean(errors.username)}
            {...register("username")}
          />
          {errors.username && <p className="mt-1 text-sm text-red-600">{errors.username.message}</p>}
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            {t("password")}
          </label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
            aria-invalid={Boolean(errors.password)}
            {...register("password")}
          />
          {errors.password && <p className="mt-1 text-sm text-red-600">{errors.password.message}</p>}
        </div>
        <button type="submit" className="w-full rounded bg-brand py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
