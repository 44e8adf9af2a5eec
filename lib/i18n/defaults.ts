/**
 * Texts that are data, not messages: they are stored (audit rows, accounts) or sent to another
 * system (an authenticator app, a mail server) in the default language, and must stay exactly as
 * they are, since existing rows and tests hold them. Readers' messages live in `messages/`.
 */

/** The actor name stored in audit rows written by the system itself (no signed-in user). */
export const SYSTEM_ACTOR_NAME = "系统";

/** The issuer an authenticator app shows beside the account of a second-factor enrolment. */
export const TOTP_ISSUER = "督办";

/** The mail sender when MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = "督办系统 <noreply@localhost>";

/** The display name of an administrator created from the command line without `--name`. */
export const DEFAULT_ADMIN_DISPLAY_NAME = "系统管理员";
