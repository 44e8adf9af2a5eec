import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { assignments, auditEvents, departmentAliases, departments, plans, workItems } from "@/db/schema";
import { SEED_PLAN_PATH } from "@/db/seed";
import { setupTestDatabase } from "@/db/test-utils";
import {
  confirmUnitAliasAction,
  previewImportAction,
  publishPlanAction,
  savePlanDraftAction,
} from "@/lib/actions/plans";
import { departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { draftOf, uniquePlanText } from "./plan-import.test-helpers";

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("importing a plan in the app", () => {
  beforeAll(setupTestDatabase);

  it("previews pasted text with the lead marked, indicators, due dates and the unknown unit as a warning", async () => {
    await actAs("secretariat");
    const { title, text } = uniquePlanText();
    const preview = ok(await previewImportAction({ text }));
    expect(preview.draft.title).toBe(title);
    const [first, second] = preview.draft.sections[0]!.items;
    expect(first!.units[0]).toMatchObject({ name: "市科技局", role: "lead", resolved: true });
    expect(first!.units.find((u) => u.name === "市数据资源局")?.resolved).toBe(false);
    expect(first!.indicators[0]).toMatchObject({ name: "公共数据开放率", comparator: ">=", value: 90, unit: "%" });
    expect(second!.dueOn).toBe("2024-12-31");
    expect(preview.draft.warnings.some((w) => w.code === "unknown_unit" && w.message.includes("市数据资源局"))).toBe(
      true,
    );
    expect(preview.existingPlan).toBeNull();
  });

  it("reads and previews the seed document in well under a second, offering it as an update of the seeded plan", async () => {
    await actAs("secretariat");
    const bytes = readFileSync(path.resolve(process.cwd(), SEED_PLAN_PATH));
    await previewImportAction({ fileBase64: bytes.toString("base64"), filename: "plan.txt" }); // warm-up
    const started = performance.now();
    const preview = ok(await previewImportAction({ fileBase64: bytes.toString("base64"), filename: "plan.txt" }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(preview.draft.sections.flatMap((s) => s.items)).toHaveLength(21);
    expect(preview.existingPlan?.status).toBe("published");
  });

  it("refuses to save while a unit is unknown, naming the field, and saves nothing", async () => {
    await actAs("secretariat");
    const { title, text } = uniquePlanText();
    const result = await savePlanDraftAction({ draft: draftOf(text), sourceText: text, filename: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("市数据资源局");
    expect(result.fieldErrors?.["draft.sections.0.items.0.units.2.name"]?.[0]).toContain("市数据资源局");
    expect(await db.select().from(plans).where(eq(plans.title, title))).toHaveLength(0);
  });

  it("saves a confirmed alias, then the draft with the unit mapped and the collective expanded", async () => {
    await actAs("secretariat");
    const alias = `市数据局${Date.now()}`;
    const { title, text } = uniquePlanText(alias);
    ok(await confirmUnitAliasAction({ alias, departmentId: await departmentId("市工业和信息化局") }));
    const [saved] = await db.select().from(departmentAliases).where(eq(departmentAliases.alias, alias));
    expect(saved).toBeTruthy();
    const preview = ok(await previewImportAction({ text }));
    expect(preview.draft.sections[0]!.items[0]!.units.every((u) => u.resolved)).toBe(true);
    const result = ok(await savePlanDraftAction({ draft: preview.draft, sourceText: text, filename: "t.txt" }));
    expect(result).toMatchObject({ sections: 1, items: 2, indicators: 1 });
    const [plan] = await db.select().from(plans).where(eq(plans.title, title));
    expect(plan!.status).toBe("draft");
    expect(plan!.warnings.some((w) => w.code === "unknown_unit")).toBe(false);
    const units = await db
      .select({
        name: departments.name,
        role: assignments.role,
        originText: assignments.originText,
        code: workItems.code,
      })
      .from(assignments)
      .innerJoin(workItems, eq(workItems.id, assignments.workItemId))
      .innerJoin(departments, eq(departments.id, assignments.departmentId))
      .where(eq(workItems.planId, plan!.id));
    expect(units.find((u) => u.name === "市工业和信息化局")).toMatchObject({ role: "support", code: "(一)" });
    expect(units.filter((u) => u.code === "(二)" && u.originText === "各区县市人民政府")).toHaveLength(9);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "plan.import"), eq(auditEvents.planId, plan!.id)));
    expect(audit!.after).toMatchObject({ items: 2, indicators: 1 });
  });

  it("recognises a re-import of the same document and updates the draft instead of duplicating it", async () => {
    await actAs("secretariat");
    const { title, text } = uniquePlanText("市商务局");
    const first = ok(await savePlanDraftAction({ draft: draftOf(text), sourceText: text, filename: null }));
    const again = ok(await previewImportAction({ text: `${text}\n\n` }));
    expect(again.existingPlan).toMatchObject({ id: first.planId, status: "draft" });
    const duplicate = await savePlanDraftAction({ draft: again.draft, sourceText: text, filename: null });
    expect(duplicate.ok).toBe(false);
    const corrected = {
      ...again.draft,
      sections: [
        {
          ...again.draft.sections[0]!,
          items: [{ ...again.draft.sections[0]!.items[0]!, title: "推进数据开放(修订)" }],
        },
      ],
    };
    ok(
      await savePlanDraftAction({
        draft: corrected,
        sourceText: text,
        filename: null,
        replacePlanId: first.planId,
        expectedVersion: first.version,
      }),
    );
    expect(await db.select().from(plans).where(eq(plans.title, title))).toHaveLength(1);
    const items = await db.select().from(workItems).where(eq(workItems.planId, first.planId));
    expect(items.map((i) => i.title)).toEqual(["推进数据开放(修订)"]);
  });

  it("publishes once, refuses a stale version, and refuses to overwrite a published plan by re-import", async () => {
    await actAs("secretariat");
    const { text } = uniquePlanText("市商务局");
    const saved = ok(await savePlanDraftAction({ draft: draftOf(text), sourceText: text, filename: null }));
    const published = ok(await publishPlanAction({ planId: saved.planId, expectedVersion: saved.version }));
    expect(published.status).toBe("published");
    const stale = await publishPlanAction({ planId: saved.planId, expectedVersion: saved.version });
    expect(stale.ok).toBe(false);
    const overwrite = await savePlanDraftAction({
      draft: draftOf(text),
      sourceText: text,
      filename: null,
      replacePlanId: saved.planId,
      expectedVersion: published.version,
    });
    expect(overwrite).toMatchObject({ ok: false, error: expect.stringContaining("已发布") });
  });
});
