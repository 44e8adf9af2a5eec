import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { requireUser } from "@/lib/auth/session";
import { notificationText, type NotificationTranslator } from "@/lib/i18n/notification-text";
import { listNotifications } from "@/lib/services/notifications";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

/** Every signed-in user's own messages, newest first. */
export default async function NotificationsPage() {
  const user = await requireUser();
  const t = await getTranslations("notifications.page");
  // Titles and bodies are rendered from each notification's kind and values, in the reader's language.
  const messages = (await getTranslations("notifications")) as unknown as NotificationTranslator;
  const rows = await listNotifications(user.id, 100);
  const hasUnread = rows.some((r) => !r.readAt);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} actions={hasUnread && <MarkReadButton label={t("markAll")} />} />
      {rows.length === 0 ? (
        <p className="text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {rows
            .map((row) => ({ ...row, ...notificationText(messages, row) }))
            .map((n) => (
              <li key={n.id} className={`space-y-1 p-3 ${n.readAt ? "" : "bg-amber-50"}`}>
                <div className="flex flex-wrap items-center gap-2">
                  {!n.readAt && (
                    <span className="rounded bg-red-600 px-1.5 text-xs font-medium text-white">{t("unread")}</span>
                  )}
                  <span className="font-medium break-all">{n.title}</span>
                </div>
                {n.body && <p className="whitespace-pre-wrap text-sm text-slate-700">{n.body}</p>}
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <span className="text-slate-500">{formatDateTime(n.createdAt)}</span>
                  {n.link && (
                    <Link href={n.link} className="text-brand underline hover:text-brand-dark">
                      {t("open")}
                    </Link>
                  )}
                  {!n.readAt && <MarkReadButton ids={[n.id]} label={t("markOne")} />}
                </div>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
