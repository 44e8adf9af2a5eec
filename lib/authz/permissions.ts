import type { UserRole } from "@/db/schema/users";

/**
 * Every action the app can authorise. Names are stable: the matrix test walks them.
 * Scope rules (department, lead) live in `can()`, the role table here.
 */
export const PERMISSIONS = [
  "plan.read",
  "board.view",
  "inbox.view",
  "plan.import",
  "plan.edit",
  "plan.publish",
  "item.decompose",
  "item.assign",
  "item.dispatch",
  "item.acknowledge",
  "report.write",
  "report.readDraft",
  "report.review",
  "extension.request",
  "extension.decide",
  "completion.request",
  "completion.decide",
  "notice.read",
  "notice.issue",
  "notice.respond",
  "notice.close",
  "audit.read",
  "audit.verify",
  "export",
  "user.manage",
  "department.manage",
  "outbox.read",
  "settings.manage",
  "score.configure",
  "screen.manage",
  "bulletin.read",
  "bulletin.write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const SECRETARIAT: Permission[] = [
  "plan.read",
  "board.view",
  "notice.read",
  "plan.import",
  "plan.edit",
  "plan.publish",
  "item.decompose",
  "item.assign",
  "item.dispatch",
  "report.review",
  "extension.decide",
  "completion.decide",
  "notice.issue",
  "notice.close",
  "audit.read",
  "export",
  "score.configure",
  "screen.manage",
  "bulletin.read",
  "bulletin.write",
];

export const ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  admin: [...SECRETARIAT, "user.manage", "department.manage", "outbox.read", "settings.manage"],
  secretariat: SECRETARIAT,
  supervisor: [
    "plan.read",
    "board.view",
    "notice.read",
    "notice.issue",
    "notice.close",
    "audit.read",
    "export",
    "bulletin.read",
  ],
  liaison: [
    "plan.read",
    "inbox.view",
    "notice.read",
    "item.acknowledge",
    "report.write",
    "report.readDraft",
    "extension.request",
    "completion.request",
    "notice.respond",
    "audit.read",
    "export",
    "bulletin.read",
  ],
  // Leaders read notices like their other read-only views (list, page and attachments alike).
  leader: ["plan.read", "board.view", "notice.read", "export", "bulletin.read"],
  // 三权分立: the security auditor reads the whole audit trail (admin actions, sign-ins, exports
  // included) and checks the hash chain; changes nothing and reads no plan data outside the trail.
  auditor: ["audit.read", "audit.verify"],
};

/** Liaison permissions that hold only where the liaison's department is assigned. */
export const DEPARTMENT_SCOPED: ReadonlySet<Permission> = new Set<Permission>([
  "inbox.view",
  "item.acknowledge",
  "report.write",
  "report.readDraft",
  "extension.request",
  "completion.request",
  "notice.read",
  "notice.respond",
  "audit.read",
  "export",
]);

/** Roles that act for one department: their DEPARTMENT_SCOPED permissions hold only there. */
const DEPARTMENT_ROLES: ReadonlySet<UserRole> = new Set<UserRole>(["liaison"]);

/** Whether an account of this role must belong to a department (its work is scoped to one). */
export function requiresDepartment(role: UserRole): boolean {
  return DEPARTMENT_ROLES.has(role);
}

/** Whether this role's permissions are limited to its own department where they are scoped. */
export function isDepartmentRole(role: UserRole): boolean {
  return DEPARTMENT_ROLES.has(role);
}

/** Whether this role administers accounts (the system keeps at least one such active account). */
export function managesAccounts(role: UserRole): boolean {
  return ROLE_PERMISSIONS[role].includes("user.manage");
}

/** The home page each role lands on. */
export type HomeKind = "liaison" | "secretariat" | "supervisor" | "leader" | "auditor";
export const HOME_OF: Record<UserRole, HomeKind> = {
  admin: "secretariat",
  secretariat: "secretariat",
  supervisor: "supervisor",
  liaison: "liaison",
  leader: "leader",
  auditor: "auditor",
};

/** Permissions that need the lead assignment, not just any assignment. */
export const LEAD_ONLY: ReadonlySet<Permission> = new Set<Permission>(["completion.request"]);
