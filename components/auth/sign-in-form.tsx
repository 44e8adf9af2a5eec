"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SECOND_FACTOR_REQUIRED } from "@/lib/auth/sign-in-signals";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { signInSchema, type SignInInput } from "@/lib/validations/auth";

/** Password first; for an account with a second factor the server asks for the code next. */
export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth");
  const ts = useTranslations("security.signIn");
  const [needsCode, setNeedsCode] = useState(false);
  // Until React hydrates, a click would submit natively; keep the form inert instead.
  const hydrated = useHydrated();
  const { register, setValue, setFocus, submit, submitting, alert, setAlert, formState } = useActionForm({
    schema: signInSchema,
    action: signInWith,
    refresh: false,
    onSuccess: () => window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin)),
  });
  const { errors } = formState;

  /** next-auth's sign-in as an action result: a wrong password or code is the form's alert. */
  async function signInWith(values: SignInInput): Promise<ActionResult<null>> {
    if (needsCode && !values.code) return { ok: false, error: "", fieldErrors: { code: [ts("codeRequired")] } };
    const result = await signIn("credentials", { ...values, code: needsCode ? values.code : "", redirect: false });
    if (result && !result.error) return { ok: true, data: null };
    if (result?.error === SECOND_FACTOR_REQUIRED) {
      setNeedsCode(true);
      setTimeout(() => setFocus("code"), 0);
      return { ok: false, error: "" };
    }
    if (needsCode) setValue("code", "");
    return { ok: false, error: result?.error && result.error !== "CredentialsSignin" ? result.error : t("invalid") };
  }

  function backToPassword() {
    setNeedsCode(false);
    setAlert(null);
    setValue("code", "");
    setValue("password", "");
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={alert} />
      <fieldset disabled={submitting || !hydrated} className="space-y-4">
        <TextField
          id="username"
          label={t("username")}
          className={needsCode ? "hidden" : undefined}
          autoComplete="username"
          autoCapitalize="none"
          error={errors.username}
          registration={register("username")}
        />
        <TextField
          id="password"
          label={t("password")}
          className={needsCode ? "hidden" : undefined}
          type="password"
          autoComplete="current-password"
          error={errors.password}
          registration={register("password")}
        />
        {needsCode && (
          <TextField
            id="code"
            label={ts("code")}
            hint={ts("codeHint")}
            inputMode="text"
            autoComplete="one-time-code"
            autoCapitalize="none"
            error={errors.code}
            registration={register("code")}
          />
        )}
        <button
          type="submit"
          className="w-full rounded bg-brand py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {submitting ? t("submitting") : needsCode ? ts("verify") : t("submit")}
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
