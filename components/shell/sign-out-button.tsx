"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/lib/hooks/use-hydrated";

export function SignOutButton() {
  const t = useTranslations("common");
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10"
      onClick={() => signOut({ callbackUrl: "/login" })}
    >
      {t("signOut")}
    </button>
  );
}
