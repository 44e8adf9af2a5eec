import { and, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { assignments, departments, indicators, plans, sections, workItems } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { setupTestDatabase } from "@/db/test-utils";

const SEED_TITLE = "长沙市生产性服务业高质量发展三年行动计划(2023—2025年)";

async function seedPlan() {
  const [plan] = await db.select().from(plans).where(eq(plans.title, SEED_TITLE));
  return plan!;
}

describe("the Changsha seed plan", () => {
  beforeAll(setupTestDatabase);

  it("is imported from the text file in db/seed-data, published, with 4 sections and 21 undispatched items", async () => {
    const plan = await seedPlan();
    expect(plan.status).toBe("published");
    expect(plan.docNumber).toBe("长政办发〔2023〕24号");
    expect(plan.sourceFilename).toBe("changsha-producer-services-plan-2023.txt");
    const [s] = await db.select({ n: count() }).from(sections).where(eq(sections.planId, plan.id));
    expect(s!.n).toBe(4);
    const items = await db
      .select()
      .from(workItems)
      .where(and(eq(workItems.planId, plan.id), isNull(workItems.parentId)));
    expect(items).toHaveLength(21);
    expect(items.every((i) => i.status === "draft")).toBe(true);
  });

  it("has 13 items with a lead unit, 主要任务(四) led by 市政府物流口岸办, and 18 indicators", async () => {
    const plan = await seedPlan();
    const leads = await db
      .select({ code: workItems.code, section: sections.title, department: departments.name })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .innerJoin(sections, eq(sections.id, workItems.sectionId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(and(eq(workItems.planId, plan.id), eq(assignments.role, "lead")));
    expect(new Set(leads.map((l) => `${l.section}${l.code}`)).size).toBe(13);
    expect(leads.find((l) => l.section === "主要任务" && l.code === "(四)")?.department).toBe("市政府物流口岸办");
    const [ind] = await db
      .select({ n: count() })
      .from(indicators)
      .innerJoin(workItems, eq(workItems.id, indicators.workItemId))
      .where(eq(workItems.planId, plan.id));
    expect(ind!.n).toBe(18);
  });

  it("expands 各区县市人民政府 into the nine district governments, remembering the origin text", async () => {
    const plan = await seedPlan();
    const rows = await db
      .select({ department: departments.name, originText: assignments.originText, role: assignments.role })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(and(eq(workItems.planId, plan.id), eq(workItems.code, "(一)"), eq(workItems.kind, "task")));
    const districts = rows.filter((r) => r.originText === "各区县市人民政府");
    expect(districts).toHaveLength(9);
    expect(districts.map((d) => d.department)).toContain("芙蓉区人民政府");
    expect(rows.find((r) => r.department === "市科技局")?.role).toBe("lead");
  });

  it("is not imported twice when the seed runs again", async () => {
    const before = await db.select({ n: count() }).from(workItems);
    await seedDatabase();
    const same = await db.select({ id: plans.id }).from(plans).where(eq(plans.title, SEED_TITLE));
    expect(same).toHaveLength(1);
    expect(await db.select({ n: count() }).from(workItems)).toEqual(before);
  });
});
