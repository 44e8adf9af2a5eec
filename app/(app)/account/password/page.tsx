import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.password"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser();
  const t = await getTranslations("account.password");
  return (
    <section className="mx-auto max-w-md space-y-4">
      <PageHeader title={t("title")} />
      {user.mustChangePassword && (
        <p role="status" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("forced")}
        </p>
      )}
      <div className="rounded bg-white p-4 shadow-sm">
        <ChangePasswordForm />
      </div>
    </section>
  );
}
