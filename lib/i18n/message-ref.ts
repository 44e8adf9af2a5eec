/**
 * A user-facing message as data: a key into the messages (`namespace.path.to.key`) and its values,
 * encoded in one string so that it travels wherever a string is expected — a zod issue, an
 * `AppError`, a field error — and is rendered in the reader's language at the edge (the action or
 * route boundary on the server, the form's resolver in the browser). Services, validations and
 * actions write no prose of their own (a test scans them); every text lives in the message files.
 *
 *   msg("planErrors.dispatch.alreadyDispatched", { code, title })  →  "␟@planErrors.dispatch.alreadyDispatched{…}"
 *
 * A value may itself be a message ref (a field's label inside a length message); it is rendered first.
 */
export type MessageValues = Record<string, string | number>;

/** A control character no form field carries, so a user's own "@report.pdf" is never taken for a ref. */
const MARK = "\u001f@";
const KEY = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;

export function msg(key: string, values?: MessageValues): string {
  return values && Object.keys(values).length > 0 ? `${MARK}${key}${JSON.stringify(values)}` : `${MARK}${key}`;
}

/** The key and values of an encoded message, or null for a plain string (stored text, a user's own words). */
export function parseMsg(text: string): { key: string; values: MessageValues } | null {
  if (!text.startsWith(MARK)) return null;
  const brace = text.indexOf("{");
  const key = brace < 0 ? text.slice(MARK.length) : text.slice(MARK.length, brace);
  if (!KEY.test(key)) return null;
  if (brace < 0) return { key, values: {} };
  try {
    const values = JSON.parse(text.slice(brace)) as unknown;
    return values && typeof values === "object" ? { key, values: values as MessageValues } : null;
  } catch {
    return null;
  }
}

/** What renders one key with its values in one language: next-intl's `t` from the root, or the server's. */
export type MessageTranslator = (key: string, values: MessageValues) => string;

/** Renders an encoded message with `t`; a plain string passes through unchanged. */
export function renderMsg(t: MessageTranslator, text: string): string {
  const ref = parseMsg(text);
  if (!ref) return text;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(ref.values))
    values[name] = typeof value === "string" ? renderMsg(t, value) : value;
  return t(ref.key, values);
}
