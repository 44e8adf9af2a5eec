"use client";

import NextLink, { useLinkStatus } from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching. Every page here is rendered for its signed-in user
 * on each request, so Next's default (prefetch each link as it scrolls into view) rendered a page on
 * the server for every header link and every list row in sight: a board view cost a dozen renders
 * nobody looked at. A click fetches the one page it opens. ESLint keeps next/link out of other files.
 *
 * Without a prefetched page, a click waits for the server; while it does, the link shows that its page
 * is on the way (LinkPending).
 */
export function Link({ prefetch = false, children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={prefetch} {...props}>
      {children}
      <LinkPending />
    </NextLink>
  );
}

/**
 * While the page a clicked link opens is on its way: a bar sliding across the top of the window (after
 * a moment, so a quick answer shows nothing) and a progress cursor on the link (`.link-pending` in
 * globals.css). Nothing is rendered otherwise.
 */
function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="link-pending" data-testid="navigation-pending" /> : null;
}
