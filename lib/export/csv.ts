/**
 * One CSV cell. A cell starting with = + - @, a tab or a carriage return would make Excel or
 * LibreOffice read a formula (OWASP "CSV injection"), so it gets a leading apostrophe and is
 * shown as text; quotes, commas and line breaks are quoted.
 */
export function csvCell(value: unknown): string {
  let text = value == null ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
