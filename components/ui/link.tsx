import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching. Every page here is rendered for its signed-in user
 * on each request, so Next's default (prefetch each link as it scrolls into view) rendered a page on
 * the server for every header link and every list row in sight: a board view cost a dozen renders
 * nobody looked at. A click fetches the one page it opens. ESLint keeps next/link out of other files.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
