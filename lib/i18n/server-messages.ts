import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "./config";
import { renderMsg, type MessageTranslator } from "./message-ref";
import { loadMessages } from "./messages";
import { requestLocale } from "./request-locale";

/**
 * The whole message tree of a language as one translator, outside a page's next-intl context
 * (action and route results, errors, mail). A key missing from the messages renders as the key
 * itself, never as an exception: `lib/i18n/message-keys.test.ts` checks every key the code uses.
 */
export function serverTranslator(locale: Locale = DEFAULT_LOCALE): MessageTranslator {
  const t = createTranslator({
    locale,
    messages: loadMessages(locale) as Parameters<typeof createTranslator>[0]["messages"],
    timeZone: "Asia/Shanghai",
    onError: () => {},
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  });
  return (key, values) => t(key as never, values as never) as string;
}

/** An encoded message (or plain text) in the given language. */
export function renderMessage(text: string, locale: Locale = DEFAULT_LOCALE): string {
  return renderMsg(serverTranslator(locale), text);
}

/** Field errors with every message rendered in the given language. */
export function renderFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  locale: Locale = DEFAULT_LOCALE,
): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  const t = serverTranslator(locale);
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => renderMsg(t, m))]),
  );
}

/** The reader's language for the current request (the default outside one). */
export { requestLocale };
