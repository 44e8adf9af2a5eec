"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_CLASS } from "@/components/ui/field";
import { publishBulletinAction } from "@/lib/actions/bulletins";

/** Publishes the draft after a confirmation: it becomes read-only and every liaison is told. */
export function PublishBulletinButton({ id, version }: { id: number; version: number }) {
  const t = useTranslations("bulletins.publish");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const publish = () => {
    if (!window.confirm(t("confirm"))) return;
    setError(null);
    startTransition(async () => {
      const result = await publishBulletinAction({ id, version });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  };
  return (
    <>
      <button type="button" onClick={publish} disabled={pending} className={BUTTON_CLASS.primary}>
        {t("submit")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
