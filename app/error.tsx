"use client";
import { useTranslations } from "next-intl";

/** Unexpected failures land here; the user sees a plain message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 text-white">
        {t("retry")}
      </button>
    </section>
  );
}
