"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { BUTTON_CLASS } from "@/components/ui/field";
import { revokeScreenLinkAction } from "@/lib/actions/screens";

/** Revokes a link after a confirmation; the screen showing it stops at its next refresh. */
export function RevokeScreenLinkButton({ id, label }: { id: number; label: string }) {
  const t = useTranslations("screens.list");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const revoke = () => {
    if (!window.confirm(t("revokeConfirm", { label }))) return;
    setError(null);
    startTransition(async () => {
      const result = await revokeScreenLinkAction({ id });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  };
  return (
    <>
      <button
        type="button"
        onClick={revoke}
        disabled={pending}
        aria-label={t("revokeNamed", { label })}
        className={BUTTON_CLASS.danger.replace("px-4 py-2", "px-3 py-1 text-sm")}
      >
        {t("revoke")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
