import { integer, timestamp } from "drizzle-orm/pg-core";

/** Surrogate key used by every table. */
export const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();

export const createdAt = () =>
  timestamp("createdAt", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp("updatedAt", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** Optimistic-locking counter: every update must match it and bump it. */
export const version = () => integer("version").notNull().default(1);

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
