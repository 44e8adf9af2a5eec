import { msg } from "@/lib/i18n/message-ref";

/** Password rules that need no data: shared by the forms (client) and the services. */
export const PASSWORD_MIN_LENGTH = 10;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** How many of lower case, upper case, digits and symbols the password uses. */
export function characterClasses(password: string): number {
  return CLASSES.filter((re) => re.test(password)).length;
}

/**
 * The rule as a message ref (至少 10 位,且含…至少三类), to be placed inside a sentence as a value:
 * `msg("…", { rule: PASSWORD_RULE_MESSAGE })` renders it in the reader's language.
 */
export const PASSWORD_RULE_MESSAGE = msg("validation.password.rule", { min: PASSWORD_MIN_LENGTH });

export function meetsPasswordRule(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && characterClasses(password) >= 3;
}
