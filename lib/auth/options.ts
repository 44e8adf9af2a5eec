import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordSignOut, verifyCredentials } from "@/lib/services/accounts";
import { getAuthSecret } from "./secret";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return first?.split(",")[0]?.trim() || null;
}

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
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          let user;
          try {
            user = await verifyCredentials({ ...parsed.data, ip: clientIp(req?.headers) });
          } catch (error) {
            // next-auth hands a thrown message to the sign-in form (the retry-after notice).
            if (error instanceof AppError && error.code === "throttled") throw new Error(error.message);
            // Anything else (database down…) must not reach the form with its internals.
            console.error(error);
            throw new Error("系统出错了,请稍后重试");
          }
          if (!user) return null;
          return {
            id: String(user.id),
            name: user.displayName,
            role: user.role,
            departmentId: user.departmentId,
            sessionEpoch: user.sessionEpoch,
          };
        },
      }),
    ],
    events: {
      async signOut({ token }) {
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
        };
        return session;
      },
    },
  };
}
