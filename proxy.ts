import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";

/** Every page but sign-in needs a session; API routes answer 401 instead of redirecting. */
export default withAuth(
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
      authorized: ({ token, req }) => Boolean(token) || req.nextUrl.pathname.startsWith("/api/"),
    },
    pages: { signIn: "/login" },
  },
);

export const config = {
  matcher: ["/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
