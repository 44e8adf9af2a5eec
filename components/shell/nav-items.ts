import type { UserRole } from "@/db/schema/users";
import type { Permission } from "@/lib/authz";

export interface NavItem {
  href: string;
  /** Key in the `common.nav` messages. */
  label: string;
  /** Shown only to roles that `can()` this; none means every signed-in user. */
  permission?: Permission;
  roles?: UserRole[];
}

/** Features add their entry here; visibility follows the one policy in lib/authz. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "home" },
  { href: "/plans", label: "plans" },
];
