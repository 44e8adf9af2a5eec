import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { getCurrentUser } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-16 sm:items-center sm:pt-0">
      <div className="w-full max-w-sm rounded-lg bg-white p-6 shadow">
        <div className="mb-6 flex items-baseline justify-between">
          <h1 className="text-xl font-semibold">
            {t("common.appFullName")} · {t("auth.title")}
          </h1>
          <LocaleSwitch />
        </div>
        <SignInForm callbackUrl={callbackUrl ?? null} />
        {isDemoMode() && <p className="mt-6 text-xs text-slate-500">{t("auth.demoHint")}</p>}
      </div>
    </main>
  );
}
