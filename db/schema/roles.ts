/** The roles, with no imports of their own: lib/env reads them, and db/schema reads lib/env through lib/clock. */
export const USER_ROLES = ["admin", "secretariat", "supervisor", "liaison", "leader", "auditor"] as const;
export type UserRole = (typeof USER_ROLES)[number];
