/**
 * The messages the browser needs: those its client components translate with, and those the forms
 * render from message refs (lib/i18n/message-ref.ts). Every page carried all ~90 KB of messages in
 * its payload before (a third of a typical page); server components read theirs on the server.
 * `client-messages.test.ts` checks that every namespace a client module asks for is here.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "ui",
  // Message refs rendered in the browser (zod schemas, action errors).
  "validation",
  "errors",
  "planErrors",
  "bulletins.errors",
  "bulletins.defaultTitle",
  "revisions",
  "screens.errors",
  "screens.validation",
  // Client components.
  "account.password",
  "admin.departments",
  "admin.users",
  "auth",
  "bulletins.edit",
  "bulletins.generate",
  "bulletins.publish",
  "evidence",
  "lifecycle.ack",
  "lifecycle.assignUnits",
  "lifecycle.decompose",
  "lifecycle.dispatch",
  "notices",
  "notifications.page",
  "plans",
  "reports",
  "requests.completionForm",
  "requests.decide",
  "requests.extensionForm",
  "scores.form",
  "screens.form",
  "screens.list",
  "security.account",
  "security.admin",
  "security.signIn",
] as const;

type Messages = Record<string, unknown>;

/** True when `namespace` (dotted) lies within one of CLIENT_NAMESPACES. */
export function isClientNamespace(namespace: string): boolean {
  return CLIENT_NAMESPACES.some((ns) => namespace === ns || namespace.startsWith(`${ns}.`));
}

/** The subset of `messages` under CLIENT_NAMESPACES, nested as the original. */
export function clientMessages(messages: Messages): Messages {
  const out: Messages = {};
  for (const ns of CLIENT_NAMESPACES) {
    const path = ns.split(".");
    let from: unknown = messages;
    for (const key of path) from = from && typeof from === "object" ? (from as Messages)[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of path.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[path.at(-1)!] = from;
  }
  return out;
}
