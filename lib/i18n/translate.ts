import "server-only";
import type { Locale } from "./config";
import { loadMessages } from "./messages";

/**
 * One message outside a request's next-intl context (services that build a user's message):
 * `{name}` placeholders are filled from `values`. Undefined when the key does not exist.
 */
export function translate(
  locale: Locale,
  namespace: string,
  key: string,
  values: Record<string, string | number> = {},
): string | undefined {
  const table = loadMessages(locale)[namespace] as Record<string, unknown> | undefined;
  const template = table?.[key];
  if (typeof template !== "string") return undefined;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
