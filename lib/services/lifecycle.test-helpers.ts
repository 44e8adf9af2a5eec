import { desc, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents, users } from "@/db/schema";

/** Shared by the lifecycle service tests: audit records since a point, user ids, a report form's values. */
export async function lastAuditId(): Promise<number> {
  const [row] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  return row?.id ?? 0;
}
export async function auditSince(id: number) {
  return db.select().from(auditEvents).where(gt(auditEvents.id, id)).orderBy(auditEvents.id);
}
export async function userId(username: string) {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u!.id;
}

export const draft = (workItemId: number, extra: Record<string, unknown> = {}) => ({
  workItemId,
  period: "2024-03",
  intent: "draft" as const,
  progressStatus: "in_progress" as const,
  percent: 30,
  narrative: "",
  readings: [],
  ...extra,
});
