"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetSecondFactorAction, unlockUserAction } from "@/lib/actions/admin";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS } from "@/components/ui/field";

interface Props {
  user: { id: number; version: number };
  secondFactor: boolean;
  locked: boolean;
}

/** Second-factor state and sign-in lock, with reset and unlock (each confirmed, each audited). */
export function UserSecurityActions({ user, secondFactor, locked }: Props) {
  const t = useTranslations("security.admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function run(confirmText: string, action: () => Promise<{ ok: boolean; error?: string }>, doneText: string) {
    if (!window.confirm(confirmText)) return;
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(result.error ?? null);
      setDone(doneText);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <FormAlert message={done} tone="success" />
      <p className="text-sm">
        {secondFactor ? t("mfaOn") : t("mfaOff")}
        {locked && <span className="ml-2 text-red-700">{t("locked")}</span>}
      </p>
      <div className="flex flex-wrap gap-2">
        {locked && (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(t("unlockConfirm"), () => unlockUserAction({ id: user.id }), t("unlocked"))}
            className={BUTTON_CLASS.secondary}
          >
            {t("unlock")}
          </button>
        )}
        {secondFactor && (
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              run(
                t("resetMfaConfirm"),
                () => resetSecondFactorAction({ id: user.id, version: user.version }),
                t("mfaReset"),
              )
            }
            className={BUTTON_CLASS.secondary}
          >
            {t("resetMfa")}
          </button>
        )}
      </div>
    </div>
  );
}
