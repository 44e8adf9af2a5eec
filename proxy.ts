import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextRequest, NextResponse, type NextFetchEvent } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS, isHttps, trustedProxyHops } from "@/lib/security/headers";

/** Every page but sign-in and the meeting-room screen needs a session; API routes answer 401 instead of redirecting. */
const authProxy = withAuth(
  function proxy(request) {
    if (!request.nextauth.token && request.nextUrl.pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "未登录" }, { status: 401 });
    }
    // Lets the app layout send users with a temporary password to the change-password page.
    const headers = new Headers(request.headers);
    headers.set("x-pathname", request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  },
  {
    callbacks: {
      // The meeting-room screen (/screen/<token>) checks its own link token; nothing else is public.
      authorized: ({ token, req }) =>
        Boolean(token) || req.nextUrl.pathname.startsWith("/api/") || req.nextUrl.pathname.startsWith("/screen/"),
    },
    pages: { signIn: "/login" },
  },
);

/**
 * A fresh script nonce for every response: Next.js reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts; the browser gets the same policy.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const csp = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const withNonce = new NextRequest(request, { headers }) as NextRequestWithAuth;
  // The sign-in page is public: withAuth answers nothing for it, so it goes on with the nonce.
  const response = (await authProxy(withNonce, event)) ?? NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  const https = isHttps({
    url: request.url,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    publicUrl: process.env.NEXTAUTH_URL,
    trustedProxyHops: trustedProxyHops(process.env.TRUSTED_PROXY_HOPS),
  });
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
