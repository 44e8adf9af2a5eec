/**
 * The error next-auth hands the sign-in form when the password was right and the account needs
 * its second-factor code: the form then asks for the code and submits again.
 */
export const SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";
