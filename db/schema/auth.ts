import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./_columns";
import { users } from "./users";

/**
 * One row per sign-in. The session cookie names its row; sign-out revokes it, so a copied cookie
 * stops working, and `expiresAt` caps the session however active it stays.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [index("user_sessions_user").on(t.userId)],
);
export type UserSession = typeof userSessions.$inferSelect;

/** Hashes of earlier passwords, so a new password cannot repeat one of the last few. */
export const passwordHistory = pgTable(
  "password_history",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("password_history_user").on(t.userId, t.createdAt)],
);

/** A user's TOTP second factor (RFC 6238); secrets are stored encrypted. */
export const secondFactors = pgTable("second_factors", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The confirmed secret; null until enrolment is confirmed with a code. */
  secret: text("secret"),
  /** A secret shown as a QR code and not yet confirmed. */
  pendingSecret: text("pending_secret"),
  enabledAt: ts("enabled_at"),
  /** The last accepted time step: a code is accepted once only. */
  lastUsedStep: integer("last_used_step"),
  updatedAt: updatedAt(),
});

/** Single-use recovery codes (hashed) for when the authenticator is lost. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user").on(t.userId)],
);
