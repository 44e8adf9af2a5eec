import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUserById, type SessionUser } from "@/lib/services/accounts";
import { getAuthOptions } from "./options";

/**
 * The signed-in user, reloaded from the database on every request so that a
 * deactivated account, a role change or a password change takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  const user = await getSessionUserById(session.user.id);
  if (!user || session.user.sessionEpoch !== user.sessionEpoch) return null;
  return user;
});

export const PASSWORD_PAGE = "/account/password";

/**
 * For pages: the user, or a redirect to the sign-in page. A temporary password (new account or
 * admin reset) sends every page but the change-password page there; pages (unlike layouts) render
 * on client-side navigation too. proxy.ts sets `x-pathname`.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && (await headers()).get("x-pathname") !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
  return user;
}
