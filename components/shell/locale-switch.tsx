"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { setLocale } from "@/lib/i18n/actions";

export function LocaleSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className={`text-sm underline-offset-2 hover:underline disabled:opacity-50 ${className}`}
      disabled={pending || !hydrated}
      onClick={() =>
        startTransition(async () => {
          await setLocale(locale === "en" ? "zh-CN" : "en");
          router.refresh();
        })
      }
    >
      {t("language")}
    </button>
  );
}
