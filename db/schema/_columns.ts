import { integer, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../lib/clock";

/** Surrogate key used by every table. */
export const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/**
 * createdAt of a plan record (work, reports, requests, notices, files, notifications, audit): stamped
 * by the app's one clock, so a demo under APP_TODAY records its "today". Sign-in and mail records
 * keep `createdAt()`, on the real clock, since their windows and retries run on real time.
 */
export const stampedAt = () => createdAt().$defaultFn(() => now());

export const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** Optimistic-locking counter: every update must match it and bump it. */
export const version = () => integer("version").notNull().default(1);

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
