"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { publishPlanAction } from "@/lib/actions/plans";

export function PublishPlanButton({ planId, version }: { planId: number; version: number }) {
  const t = useTranslations("plans.detail");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const publish = () => {
    if (!window.confirm(t("publishConfirm"))) return;
    setError(null);
    startTransition(async () => {
      const result = await publishPlanAction({ planId, expectedVersion: version });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  };
  return (
    <>
      <button
        type="button"
        onClick={publish}
        disabled={pending}
        className="rounded bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? t("publishing") : t("publish")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
