import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { countUnread } from "@/lib/services/notifications";

/** Header bell: a link to /notifications with the unread count. */
export async function NotificationBell({ userId }: { userId: number }) {
  const t = await getTranslations("notifications.bell");
  const unread = await countUnread(userId);
  const label = unread > 0 ? t("label", { count: unread }) : t("labelNone");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex rounded p-1 hover:bg-white/10"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          data-testid="unread-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
