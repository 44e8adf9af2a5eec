/** Password rules that need no data: shared by the forms (client) and the services. */
export const PASSWORD_MIN_LENGTH = 10;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** How many of lower case, upper case, digits and symbols the password uses. */
export function characterClasses(password: string): number {
  return CLASSES.filter((re) => re.test(password)).length;
}

export const PASSWORD_RULE_MESSAGE = `至少 ${PASSWORD_MIN_LENGTH} 位,且含大写字母、小写字母、数字、符号中的至少三类`;

export function meetsPasswordRule(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && characterClasses(password) >= 3;
}
