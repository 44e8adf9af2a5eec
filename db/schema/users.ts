import { boolean, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt, version } from "./_columns";
import { departments } from "./departments";
import { USER_ROLES, type UserRole } from "./roles";

export { USER_ROLES, type UserRole };

export const userRole = pgEnum("user_role", USER_ROLES);

export const users = pgTable("users", {
  id: id(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: userRole("role").notNull(),
  departmentId: integer("department_id").references(() => departments.id),
  email: text("email"),
  phone: text("phone"),
  isActive: boolean("is_active").notNull().default(true),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  /** Bumped on password change / deactivation so older sessions can be told apart. */
  sessionEpoch: integer("session_epoch").notNull().default(0),
  /** A temporary password (new account, admin reset) stops working after this time. */
  passwordExpiresAt: ts("password_expires_at"),
  lastLoginAt: ts("last_login_at"),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Sign-in attempts, kept in the database so throttling holds across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: id(),
    username: text("username").notNull(),
    ip: text("ip"),
    success: boolean("success").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("login_attempts_username").on(t.username, t.createdAt),
    index("login_attempts_ip").on(t.ip, t.createdAt),
  ],
);
