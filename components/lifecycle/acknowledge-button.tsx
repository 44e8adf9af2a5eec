"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { acknowledgeAction } from "@/lib/actions/lifecycle";

/** 签收 for the liaison's own department. */
export function AcknowledgeButton({ workItemId }: { workItemId: number }) {
  const t = useTranslations("lifecycle.ack");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setMessage(null);
    const result = await acknowledgeAction({ workItemId });
    setPending(false);
    if (!result.ok) return setMessage(result.error);
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {message && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("button")}
      </button>
    </div>
  );
}
