"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetUserPasswordAction, setUserActiveAction } from "@/lib/actions/admin";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS } from "@/components/ui/field";
import { TemporaryPassword } from "./temporary-password";

/** Deactivate / reactivate and reset password, each after a confirmation. */
export function UserAccountActions({ user }: { user: { id: number; version: number; isActive: boolean } }) {
  const t = useTranslations("admin.users");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  function toggleActive() {
    if (user.isActive && !window.confirm(t("deactivateConfirm"))) return;
    startTransition(async () => {
      setError(null);
      const result = await setUserActiveAction({ id: user.id, version: user.version, active: !user.isActive });
      if (!result.ok) return setError(result.error);
      setDone(user.isActive ? t("deactivated") : t("reactivated"));
      router.refresh();
    });
  }

  function resetPassword() {
    if (!window.confirm(t("resetConfirm"))) return;
    startTransition(async () => {
      setError(null);
      const result = await resetUserPasswordAction({ id: user.id, version: user.version });
      if (!result.ok) return setError(result.error);
      setPassword(result.data.temporaryPassword);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <FormAlert message={done} tone="success" />
      {password && <TemporaryPassword password={password} />}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={resetPassword} className={BUTTON_CLASS.secondary}>
          {t("resetPassword")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={toggleActive}
          className={`${BUTTON_CLASS.secondary} ${user.isActive ? "text-red-700" : ""}`}
        >
          {user.isActive ? t("deactivate") : t("reactivate")}
        </button>
      </div>
    </div>
  );
}
