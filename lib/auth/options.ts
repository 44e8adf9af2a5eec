import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message-ref";
import { renderMessage } from "@/lib/i18n/server-messages";
import { db } from "@/db";
import { recordSignOut, verifyCredentials } from "@/lib/services/accounts";
import { revokeSession, startSession } from "@/lib/services/sessions";
import { clientAddress } from "./client-address";
import { getAuthSecret } from "./secret";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  /** The second-factor code (6 digits) or a recovery code, once the server asked for it. */
  code: z.string().trim().max(20).optional(),
});

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const idleSeconds = Math.round(env.SESSION_IDLE_HOURS * 3600);
  return {
    secret: getAuthSecret(),
    // With JWTs each call to /api/auth/session re-issues the cookie for another maxAge; the app
    // shell pings it while the user is active (SessionKeepAlive), so maxAge is an idle timeout.
    session: { strategy: "jwt", maxAge: idleSeconds, updateAge: 5 * 60 },
    // Cookies are httpOnly and SameSite=Lax by default; Secure (and __Secure- names) over https.
    useSecureCookies: (env.NEXTAUTH_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const ip = clientAddress(req?.headers?.["x-forwarded-for"], env.TRUSTED_PROXY_HOPS);
          let user;
          try {
            user = await verifyCredentials({ ...parsed.data, ip });
          } catch (error) {
            // next-auth hands a thrown message to the sign-in form (retry time, code needed, …), in
            // the reader's language (the locale cookie of the sign-in request).
            const locale = toLocale(/(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(String(req?.headers?.cookie ?? ""))?.[1]);
            if (error instanceof AppError) throw new Error(error.localized(locale).message);
            // Anything else (database down…) must not reach the form with its internals.
            console.error(error);
            throw new Error(renderMessage(msg("errors.common.internal"), locale));
          }
          if (!user) return null;
          const session = await startSession(db, { userId: user.id, ip });
          return {
            id: String(user.id),
            name: user.displayName,
            role: user.role,
            departmentId: user.departmentId,
            sessionEpoch: user.sessionEpoch,
            sessionId: session.id,
          };
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        // The cookie is only deleted in this browser: revoke the session so a copy is useless.
        if (token?.sid) await revokeSession(token.sid);
        await recordSignOut({ userId: token?.uid ?? null, displayName: token?.name ?? null });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = user.role;
          token.departmentId = user.departmentId;
          token.sessionEpoch = user.sessionEpoch;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.uid,
          role: token.role,
          departmentId: token.departmentId,
          sessionEpoch: token.sessionEpoch,
          sessionId: token.sid,
        };
        return session;
      },
    },
  };
}
