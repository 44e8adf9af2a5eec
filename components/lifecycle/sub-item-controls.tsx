"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteSubItemAction, moveSubItemAction } from "@/lib/actions/lifecycle";

/** Move up / down and delete for one sub-item. */
export function SubItemControls({
  item,
  first,
  last,
}: {
  item: { id: number; version: number; status: string };
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("lifecycle.decompose");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function run(call: () => ReturnType<typeof deleteSubItemAction>) {
    setPending(true);
    setMessage(null);
    const result = await call();
    setPending(false);
    if (!result.ok) return setMessage(result.error);
    router.refresh();
  }
  const button = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40";
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button
        type="button"
        className={button}
        disabled={pending || first}
        onClick={() => run(() => moveSubItemAction({ id: item.id, version: item.version, direction: "up" }))}
      >
        {t("moveUp")}
      </button>
      <button
        type="button"
        className={button}
        disabled={pending || last}
        onClick={() => run(() => moveSubItemAction({ id: item.id, version: item.version, direction: "down" }))}
      >
        {t("moveDown")}
      </button>
      {item.status === "draft" && (
        <button
          type="button"
          className={`${button} text-red-700`}
          disabled={pending}
          onClick={() =>
            window.confirm(t("confirmDelete")) && run(() => deleteSubItemAction({ id: item.id, version: item.version }))
          }
        >
          {t("delete")}
        </button>
      )}
      {message && (
        <span role="alert" className="text-xs text-red-700">
          {message}
        </span>
      )}
    </span>
  );
}
