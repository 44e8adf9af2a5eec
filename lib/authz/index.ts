import type { UserRole } from "@/db/schema/users";
import { forbidden } from "@/lib/errors";
import { DEPARTMENT_SCOPED, isDepartmentRole, LEAD_ONLY, ROLE_PERMISSIONS, type Permission } from "./permissions";

export * from "./permissions";

/** What authorisation needs to know about the caller. */
export interface Actor {
  id: number;
  role: UserRole;
  departmentId: number | null;
  displayName: string;
}

/** What authorisation needs to know about the target. */
export type Resource =
  | { type: "workItem"; assignments: { departmentId: number; role: "lead" | "support" }[] }
  | { type: "department"; departmentId: number | null };

/**
 * The one policy. Without a resource it answers "may this role ever do this"
 * (used to show or hide navigation); with one it applies department scope.
 */
export function can(user: Actor | null | undefined, action: Permission, resource?: Resource): boolean {
  if (!user) return false;
  if (!ROLE_PERMISSIONS[user.role].includes(action)) return false;
  if (!isDepartmentRole(user.role) || !DEPARTMENT_SCOPED.has(action) || !resource) return true;
  if (user.departmentId == null) return false;
  if (resource.type === "department") return resource.departmentId === user.departmentId;
  const own = resource.assignments.filter((a) => a.departmentId === user.departmentId);
  if (own.length === 0) return false;
  return LEAD_ONLY.has(action) ? own.some((a) => a.role === "lead") : true;
}

/** Throws a 403 AppError unless `can()` allows. */
export function authorize(user: Actor | null | undefined, action: Permission, resource?: Resource): void {
  if (!can(user, action, resource)) throw forbidden();
}

/** How much a listing may show: everything, or only the liaison's own department. */
export function scopeOf(user: Actor, action: Permission): "all" | "department" | "none" {
  if (!ROLE_PERMISSIONS[user.role].includes(action)) return "none";
  return isDepartmentRole(user.role) && DEPARTMENT_SCOPED.has(action) ? "department" : "all";
}
