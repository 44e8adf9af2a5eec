import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("common");
  return (
    <section className="space-y-2">
      <h1 className="text-xl font-semibold">{t("home.welcome", { name: user.displayName })}</h1>
      <p className="text-slate-600">
        {t("home.intro", {
          role: t(`roles.${user.role}`),
          department: user.departmentName ? `(${user.departmentName})` : "",
        })}
      </p>
    </section>
  );
}
