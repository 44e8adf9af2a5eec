import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { uniqueName } from "@/db/test-utils";
import {
  assignments,
  departments,
  indicators,
  plans,
  sections,
  users,
  workItems,
  type NewIndicator,
  type WorkItem,
} from "@/db/schema";
import { hashPassword } from "@/lib/services/accounts";

export async function departmentId(name: string): Promise<number> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  if (!row) throw new Error(`no department ${name}`);
  return row.id;
}

export interface TestItemSpec {
  code?: string;
  title?: string;
  lead?: string[];
  support?: string[];
  dueOn?: string | null;
  status?: WorkItem["status"];
  /** Every unit has acknowledged (签收) the dispatched item. */
  acknowledged?: boolean;
  indicators?: Omit<NewIndicator, "workItemId">[];
}

/**
 * A plan of its own (unique title) with one section and the given items, written straight to the
 * database. Departments are named as in the seed directory (市科技局, 芙蓉区人民政府, …).
 */
export async function createTestPlan(
  options: { status?: "draft" | "published"; items?: TestItemSpec[]; periodEnd?: string } = {},
) {
  const specs = options.items ?? [{ lead: ["市科技局"], support: ["市商务局"] }];
  const [plan] = await db
    .insert(plans)
    .values({
      title: uniqueName("测试行动计划"),
      docNumber: uniqueName("测试〔2024〕"),
      status: options.status ?? "published",
      periodStart: "2024-01-01",
      periodEnd: options.periodEnd ?? "2025-12-31",
      publishedAt: options.status === "draft" ? null : new Date(),
    })
    .returning();
  const [section] = await db
    .insert(sections)
    .values({ planId: plan!.id, code: "二", title: "主要任务", position: 0 })
    .returning();
  const items: WorkItem[] = [];
  for (const [index, spec] of specs.entries()) {
    const [item] = await db
      .insert(workItems)
      .values({
        planId: plan!.id,
        sectionId: section!.id,
        kind: "task",
        code: spec.code ?? `(${index + 1})`,
        title: spec.title ?? uniqueName("测试任务"),
        text: "测试任务正文",
        position: index,
        dueOn: spec.dueOn === undefined ? "2025-12-31" : spec.dueOn,
        originalDueOn: spec.dueOn === undefined ? "2025-12-31" : spec.dueOn,
        status: spec.status ?? "draft",
        dispatchedAt: spec.status === "dispatched" ? new Date() : null,
      })
      .returning();
    const units = [
      ...(spec.lead ?? []).map((n) => ({ n, role: "lead" as const })),
      ...(spec.support ?? []).map((n) => ({ n, role: "support" as const })),
    ];
    for (const [position, unit] of units.entries()) {
      await db.insert(assignments).values({
        workItemId: item!.id,
        departmentId: await departmentId(unit.n),
        role: unit.role,
        position,
        acknowledgedAt: spec.acknowledged ? new Date() : null,
      });
    }
    if (spec.indicators?.length) {
      await db
        .insert(indicators)
        .values(spec.indicators.map((ind, i) => ({ ...ind, workItemId: item!.id, position: i })));
    }
    items.push(item!);
  }
  return { plan: plan!, section: section!, items };
}

/** An extra user of any role, e.g. a second liaison of the same department. */
export async function createTestUser(role: (typeof users.$inferInsert)["role"], department: string | null = null) {
  const [user] = await db
    .insert(users)
    .values({
      username: uniqueName("user"),
      displayName: uniqueName("测试用户"),
      role,
      departmentId: department ? await departmentId(department) : null,
      passwordHash: await hashPassword("test-password-1"),
    })
    .returning();
  return user!;
}

export async function getItems(ids: number[]) {
  return db.select().from(workItems).where(inArray(workItems.id, ids));
}
