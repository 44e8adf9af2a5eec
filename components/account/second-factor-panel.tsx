"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/ui/field";
import { confirmSecondFactorAction, disableSecondFactorAction, startSecondFactorAction } from "@/lib/actions/account";

interface Props {
  enabled: boolean;
  recoveryCodesLeft: number;
  required: boolean;
}

/** Enrol (QR code → confirm with a code → recovery codes shown once) or turn the second factor off. */
export function SecondFactorPanel({ enabled, recoveryCodesLeft, required }: Props) {
  const t = useTranslations("security.account");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<{ qrCode: string; secret: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState("");

  function start() {
    startTransition(async () => {
      setError(null);
      const result = await startSecondFactorAction({});
      if (!result.ok) return setError(result.error);
      setEnrolment(result.data);
    });
  }

  function confirm(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      setError(null);
      const result = await confirmSecondFactorAction({ code });
      if (!result.ok) return setError(result.fieldErrors?.code?.[0] ?? result.error);
      setEnrolment(null);
      setCode("");
      setCodes(result.data.recoveryCodes);
      setDone(t("enabled"));
    });
  }

  function disable(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      setError(null);
      const result = await disableSecondFactorAction({ code });
      if (!result.ok) return setError(result.fieldErrors?.code?.[0] ?? result.error);
      setCode("");
      setDone(t("disabled"));
      router.refresh();
    });
  }

  if (codes) {
    return (
      <div className="space-y-3">
        <FormAlert message={done} tone="success" />
        <h3 className="font-medium">{t("recoveryTitle")}</h3>
        <p className="text-sm text-slate-600">{t("recoveryHint")}</p>
        <ol
          data-testid="recovery-codes"
          className="grid grid-cols-2 gap-1 rounded border border-slate-200 bg-slate-50 p-3 font-mono text-sm"
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <button
          type="button"
          className={BUTTON_CLASS.primary}
          onClick={() => {
            router.replace("/");
            router.refresh();
          }}
        >
          {t("continue")}
        </button>
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-3">
        <FormAlert message={error} />
        <FormAlert message={done} tone="success" />
        <p className="text-sm">{t("mfaOn", { count: recoveryCodesLeft })}</p>
        {required ? (
          <p className="text-sm text-slate-600">{t("cannotDisable")}</p>
        ) : (
          <form onSubmit={disable} className="space-y-2">
            <label htmlFor="disable-code" className="block text-sm font-medium">
              {t("disableCode")}
            </label>
            <input
              id="disable-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="one-time-code"
              className={INPUT_CLASS}
            />
            <button type="submit" disabled={pending} className={`${BUTTON_CLASS.secondary} text-red-700`}>
              {t("disable")}
            </button>
          </form>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <FormAlert message={done} tone="success" />
      {!enrolment ? (
        <>
          <p className="text-sm">{t("mfaOff")}</p>
          <button type="button" disabled={pending} onClick={start} className={BUTTON_CLASS.primary}>
            {pending ? t("starting") : t("start")}
          </button>
        </>
      ) : (
        <form onSubmit={confirm} className="space-y-3">
          <p className="text-sm">{t("scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
          <img src={enrolment.qrCode} alt={t("qrAlt")} width={220} height={220} className="mx-auto" />
          <p className="break-all text-sm">
            {t("secret")}: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <label htmlFor="confirm-code" className="block text-sm font-medium">
            {t("confirmCode")}
          </label>
          <input
            id="confirm-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            className={INPUT_CLASS}
          />
          <button type="submit" disabled={pending} className={BUTTON_CLASS.primary}>
            {pending ? t("confirming") : t("confirm")}
          </button>
        </form>
      )}
    </div>
  );
}
