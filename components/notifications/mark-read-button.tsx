"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markNotificationsReadAction } from "@/lib/actions/notifications";

/** Marks the given notifications read (all of the user's when no ids), then refreshes the header count. */
export function MarkReadButton({ ids, label }: { ids?: number[]; label: string }) {
  const t = useTranslations("notifications.page");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setError(null);
    const result = await markNotificationsReadAction({ ids });
    setPending(false);
    if (!result.ok) return setError(result.error);
    router.refresh();
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded border border-brand px-3 py-1 text-sm text-brand hover:bg-brand hover:text-white disabled:opacity-60"
      >
        {pending ? t("marking") : label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
