"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { closeNoticeAction } from "@/lib/actions/notices";
import { FormAlert, type AlertMessage } from "@/components/ui/alert";

export function CloseNoticeButton({ noticeId, version }: { noticeId: number; version: number }) {
  const t = useTranslations("notices.close");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<AlertMessage | null>(null);
  function close() {
    if (!window.confirm(t("confirm"))) return;
    startTransition(async () => {
      const result = await closeNoticeAction({ noticeId, version });
      setMessage(result.ok ? { tone: "success", text: t("done") } : { tone: "error", text: result.error });
      if (result.ok) router.refresh();
    });
  }
  return (
    <div className="space-y-2">
      <FormAlert message={message} />
      <button
        type="button"
        onClick={close}
        disabled={pending}
        className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </div>
  );
}
