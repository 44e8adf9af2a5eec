import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt } from "./_columns";

/** Tunable thresholds (health windows, reminder cadence); defaults live in lib/settings. */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAt(),
});
