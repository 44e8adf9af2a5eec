"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { signInSchema, type SignInInput } from "@/lib/validations/auth";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

const INPUT = "mt-1 w-full rounded border border-slate-300 px-3 py-2";

/** Password first; for an account with a second factor the server asks for the code next. */
export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth");
  const ts = useTranslations("security.signIn");
  const [formError, setFormError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  // Until React hydrates, a click would submit natively; keep the form inert instead.
  const hydrated = useHydrated();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: useLocalizedResolver(signInSchema) });

  async function onSubmit(values: SignInInput) {
    if (needsCode && !values.code) return setError("code", { message: ts("codeRequired") });
    const result = await signIn("credentials", { ...values, code: needsCode ? values.code : "", redirect: false });
    if (!result || result.error) {
      if (result?.error === SECOND_FACTOR_REQUIRED) {
        setNeedsCode(true);
        setTimeout(() => setFocus("code"), 0);
        return;
      }
      setFormError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("invalid"));
      if (needsCode) setValue("code", "");
      return;
    }
    window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
  }

  function backToPassword() {
    setNeedsCode(false);
    setFormError(null);
    setValue("code", "");
    setValue("password", "");
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
        <div className={needsCode ? "hidden" : undefined}>
          <label htmlFor="username" className="block text-sm font-medium">
            {t("username")}
          </label>
          <input
            id="username"
            autoComplete="username"
            autoCapitalize="none"
            className={INPUT}
            aria-invalid={Boolean(errors.username)}
            {...register("username")}
          />
          {errors.username && <p className="mt-1 text-sm text-red-600">{errors.username.message}</p>}
        </div>
        <div className={needsCode ? "hidden" : undefined}>
          <label htmlFor="password" className="block text-sm font-medium">
            {t("password")}
          </label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={INPUT}
            aria-invalid={Boolean(errors.password)}
            {...register("password")}
          />
          {errors.password && <p className="mt-1 text-sm text-red-600">{errors.password.message}</p>}
        </div>
        {needsCode && (
          <div>
            <label htmlFor="code" className="block text-sm font-medium">
              {ts("code")}
            </label>
            <input
              id="code"
              inputMode="text"
              autoComplete="one-time-code"
              autoCapitalize="none"
              className={INPUT}
              aria-invalid={Boolean(errors.code)}
              aria-describedby="code-hint"
              {...register("code")}
            />
            <p id="code-hint" className="mt-1 text-xs text-slate-500">
              {ts("codeHint")}
            </p>
            {errors.code && <p className="mt-1 text-sm text-red-600">{errors.code.message}</p>}
          </div>
        )}
        <button
          type="submit"
          className="w-full rounded bg-brand py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {isSubmitting ? t("submitting") : needsCode ? ts("verify") : t("submit")}
        </button>
        {needsCode && (
          <button type="button" onClick={backToPassword} className="w-full text-sm text-brand hover:underline">
            {ts("back")}
          </button>
        )}
      </fieldset>
    </form>
  );
}
