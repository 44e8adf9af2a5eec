import type { Permission } from "@/lib/authz";

export interface NavItem {
  href: string;
  /** Full message key, e.g. "common.nav.home" (each feature keeps its labels in its own namespace). */
  label: string;
  /** Shown only to roles that `can()` this; none means every signed-in user. */
  permission?: Permission;
  /** Entries of a group share one menu in the header, so the bar fits one line at 1280 px. */
  group?: "manage";
}

/** Features add their entry here; visibility follows the one policy in lib/authz. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "common.nav.home" },
  { href: "/admin/users", label: "admin.nav.users", permission: "user.manage", group: "manage" },
  { href: "/admin/departments", label: "admin.nav.departments", permission: "department.manage", group: "manage" },
  { href: "/plans", label: "common.nav.plans", permission: "plan.read" },
  { href: "/inbox", label: "lifecycle.nav.inbox", permission: "inbox.view" },
  { href: "/review", label: "lifecycle.nav.review", permission: "report.review" },
  { href: "/board", label: "board.nav.board", permission: "board.view" },
  { href: "/ranking", label: "board.nav.ranking", permission: "plan.read" },
  { href: "/notices", label: "notices.nav", permission: "notice.read" },
  { href: "/audit", label: "audit.nav", permission: "audit.read" },
  { href: "/admin/outbox", label: "outbox.nav", permission: "outbox.read", group: "manage" },
  { href: "/requests", label: "requests.nav.queue", permission: "completion.decide" },
];
