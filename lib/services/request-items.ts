import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { departments } from "@/db/schema";

export async function departmentName(q: Queryable, id: number): Promise<string> {
  const [row] = await q.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name ?? "";
}
