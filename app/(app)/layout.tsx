import { NotificationBell } from "@/components/notifications/notification-bell";
import { AppHeader } from "@/components/shell/app-header";
import { SessionKeepAlive } from "@/components/account/session-keep-alive";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SessionKeepAlive />
      <AppHeader user={user} extra={<NotificationBell userId={user.id} />} />
      <main className="mx-auto max-w-6xl px-3 py-4 sm:py-6">{children}</main>
    </>
  );
}
