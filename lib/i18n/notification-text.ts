import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "./config";
import { loadMessages } from "./messages";

/** A notification's values: the message under `notifications.kinds.<kind>` is filled with them. */
export type NotificationParams = Record<string, string | number>;

/** What renders a key of the `notifications` messages: next-intl's translator, in a page or on the server. */
export interface NotificationTranslator {
  (key: string, values?: NotificationParams): string;
  has(key: string): boolean;
}

/** The `notifications` messages of a language, outside a request (the stored text, mail). */
export function notificationTranslator(locale: Locale = DEFAULT_LOCALE): NotificationTranslator {
  return createTranslator({
    locale,
    messages: loadMessages(locale) as Parameters<typeof createTranslator>[0]["messages"],
    namespace: "notifications",
    timeZone: "Asia/Shanghai",
    onError: (error) => {
      throw error;
    },
  }) as unknown as NotificationTranslator;
}

/**
 * A notification's title and body in the translator's language. Rows stored before notifications
 * carried values (no params), or of a kind without a message, keep the text they were stored with.
 * A kind without a body message shows the writer's own words (a reason, a decision note) as the body.
 */
export function notificationText(
  t: NotificationTranslator,
  n: { kind: string; params: NotificationParams | null; title: string; body: string | null },
): { title: string; body: string | null } {
  if (!n.params || !t.has(`kinds.${n.kind}.title`)) return { title: n.title, body: n.body };
  if (n.kind === DIGEST_KIND) return { title: t(`kinds.${n.kind}.title`, n.params), body: digestBody(t, n.params) };
  const body = t.has(`kinds.${n.kind}.body`) ? t(`kinds.${n.kind}.body`, n.params) : n.body;
  return { title: t(`kinds.${n.kind}.title`, n.params), body };
}

/** The reminder scan's daily digest: one notification whose lines are the day's reminders. */
export const DIGEST_KIND = "reminder.digest";

/** A digest's lines, each in the words of its own reminder kind, and how many more there are. */
function digestBody(t: NotificationTranslator, params: NotificationParams): string {
  let entries: { kind: string; params: NotificationParams }[] = [];
  try {
    entries = JSON.parse(String(params.entries ?? "[]")) as typeof entries;
  } catch {
    entries = [];
  }
  const lines = entries
    .filter((e) => t.has(`kinds.reminder.${e.kind}.title`))
    .map((e) => `· ${t(`kinds.reminder.${e.kind}.title`, e.params)}`);
  if (Number(params.more) > 0) lines.push(t("kinds.reminder.digest.more", { more: Number(params.more) }));
  return lines.join("\n");
}
