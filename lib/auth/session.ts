import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getUserOfSession, type SessionUser } from "@/lib/services/accounts";
import { getAuthOptions } from "./options";

/**
 * The signed-in user, reloaded from the database on every request so that a
 * deactivated account, a role change or a password change takes effect at once; the
 * server-side session must still be open (not signed out, within SESSION_MAX_HOURS).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id || !session.user.sessionId) return null;
  const user = await getUserOfSession({ sessionId: session.user.sessionId, userId: session.user.id });
  if (!user || session.user.sessionEpoch !== user.sessionEpoch) return null;
  return user;
});

export const PASSWORD_PAGE = "/account/password";
/** Where a user whose role requires a second factor enrols one. */
export const ACCOUNT_PAGE = "/account";

/**
 * For pages: the user, or a redirect to the sign-in page. A temporary password (new account or
 * admin reset) sends every page but the change-password page there, and then a missing required
 * second factor every page but the account page; pages (unlike layouts) render
 * on client-side navigation too. proxy.ts sets `x-pathname`.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const pathname = (await headers()).get("x-pathname");
  if (user.mustChangePassword && pathname !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
  if (!user.mustChangePassword && user.mustEnrolSecondFactor && pathname !== ACCOUNT_PAGE) redirect(ACCOUNT_PAGE);
  return user;
}
