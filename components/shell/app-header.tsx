import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/authz";
import type { SessionUser } from "@/lib/services/accounts";
import { LocaleSwitch } from "./locale-switch";
import { NAV_ITEMS } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user, extra }: { user: SessionUser; extra?: React.ReactNode }) {
  const t = await getTranslations("common");
  const tAll = await getTranslations();
  const items = NAV_ITEMS.filter((item) => !item.permission || can(user, item.permission));
  const link = (item: (typeof items)[number]) => (
    <Link key={item.href} href={item.href} className="whitespace-nowrap rounded px-2 py-1 hover:bg-white/10">
      {tAll(item.label as never)}
    </Link>
  );
  const links = items.map(link);
  const managed = items.filter((item) => item.group === "manage");
  // On wide screens the administration entries share one 管理 menu, so the bar stays on one line.
  const barLinks = [
    ...items.filter((item) => !item.group).map(link),
    managed.length > 0 && (
      <details key="manage" className="group relative">
        <summary className="cursor-pointer list-none whitespace-nowrap rounded px-2 py-1 hover:bg-white/10">
          {t("nav.manage")} ▾
        </summary>
        <div className="absolute right-0 z-20 mt-1 flex min-w-[8rem] flex-col rounded bg-brand p-1 shadow-lg">
          {managed.map(link)}
        </div>
      </details>
    ),
  ];
  return (
    <header className="bg-brand text-white shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
        <Link href="/" className="text-lg font-bold tracking-wide">
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.menu")} className="hidden flex-1 items-center gap-1 md:flex">
          {barLinks}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm" data-testid="current-user">
          {extra}
          <span className="leading-tight">
            <span className="font-semibold">{user.displayName}</span>
            <span className="block text-xs text-white/80">
              {t(`roles.${user.role}`)} · {user.departmentName ?? t("noDepartment")}
            </span>
          </span>
          <LocaleSwitch className="hidden sm:inline" />
          <Link href="/account" className="hidden rounded px-1 py-1 hover:bg-white/10 sm:inline">
            {tAll("account.link")}
          </Link>
          <SignOutButton />
        </div>
        <details className="w-full md:hidden">
          <summary className="cursor-pointer select-none py-1 text-sm">{t("nav.menu")}</summary>
          <nav aria-label={t("nav.menu")} className="flex flex-col gap-1 pb-2">
            {links}
            <Link href="/account" className="rounded px-2 py-1 hover:bg-white/10">
              {tAll("account.link")}
            </Link>
            <LocaleSwitch className="self-start px-2 py-1" />
          </nav>
        </details>
      </div>
    </header>
  );
}
