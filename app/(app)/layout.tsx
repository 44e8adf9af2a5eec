import { NotificationBell } from "@/components/notifications/notification-bell";
import { AppHeader } from "@/components/shell/app-header";
import { SessionKeepAlive } from "@/components/account/session-keep-alive";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

/** Set by proxy.ts; layouts have no other way to know which page is being rendered. */
const PASSWORD_PAGE = "/account/password";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // A temporary password (new account or admin reset) must be replaced before anything else.
  if (user.mustChangePassword && (await headers()).get("x-pathname") !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
  return (
    <>
      <SessionKeepAlive />
      <AppHeader user={user} extra={<NotificationBell userId={user.id} />} />
      <main className="mx-auto max-w-6xl px-3 py-4 sm:py-6">{children}</main>
    </>
  );
}
