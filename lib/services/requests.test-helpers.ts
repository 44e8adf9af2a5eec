import { eq } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents, users, workItems } from "@/db/schema";
import { addDays, today } from "@/lib/clock";
import { createTestPlan } from "@/lib/test/factories";

/** Shared by the extension and completion tests. */
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n");

export async function dispatchedItem(dueOn = addDays(today(), 30)) {
  const { items } = await createTestPlan({
    items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched", acknowledged: true, dueOn }],
  });
  return items[0]!;
}

export async function itemNow(id: number) {
  const [row] = await db.select().from(workItems).where(eq(workItems.id, id));
  return row!;
}

export async function auditsOf(workItemId: number) {
  return db.select().from(auditEvents).where(eq(auditEvents.workItemId, workItemId)).orderBy(auditEvents.id);
}

export function completionForm(item: { id: number; version: number }, summary: string, files: File[] = []) {
  const form = new FormData();
  form.set("workItemId", String(item.id));
  form.set("version", String(item.version));
  form.set("summary", summary);
  for (const f of files) form.append("files", f);
  return form;
}

export async function userIdOf(username: string) {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u!.id;
}
