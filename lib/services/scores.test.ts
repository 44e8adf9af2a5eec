import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { DEFAULT_SCORE_RULES } from "@/lib/scores/rules";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { departmentScores, saveScoreRules } from "./scores";

vi.hoisted(() => {
  process.env.APP_TODAY = "2025-05-15";
});

describe("量化考核 department scores", () => {
  beforeAll(setupTestDatabase);

  it("scores each unit by the rules in force when the period began; a rule change from a date leaves earlier periods as they were", async () => {
    const { plan, items } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2025-03-10" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
      ],
    });
    await db
      .update(workItems)
      .set({ dispatchedAt: new Date("2025-01-05T02:00:00Z") })
      .where(
        inArray(
          workItems.id,
          items.map((i) => i.id),
        ),
      );
    const leader = (await actAs("leader"))!;
    const scores = async (period: string) => {
      const result = await departmentScores({ actor: leader, period, planId: plan.id, today: "2025-07-01" });
      return Object.fromEntries(result.rows.map((r) => [r.departmentName, r]));
    };

    const march = await scores("2025-03");
    // 市科技局: its item was past due from 11 to 31 March (21 days); no report fell due in March.
    expect(march["市科技局"]!.score).toBe(100 - 21 * DEFAULT_SCORE_RULES.overdueItemDay);
    expect(march["市科技局"]!.breakdown.find((l) => l.rule === "overdue")!.params).toEqual({ days: 21 });
    // 市商务局: its March report (due the 25th) was never filed.
    expect(march["市商务局"]!.score).toBe(100 - DEFAULT_SCORE_RULES.onTimeReports);
    expect(Object.keys(march)[0]).toBe("市科技局");

    const secretariat = (await actAs("secretariat"))!;
    await expect(
      saveScoreRules({ actor: secretariat, effectiveFrom: "2025-03-01", rules: DEFAULT_SCORE_RULES }),
    ).rejects.toMatchObject({ code: "validation" });
    const liaison = (await actAs("kjj"))!;
    await expect(
      saveScoreRules({ actor: liaison, effectiveFrom: "2025-06-01", rules: DEFAULT_SCORE_RULES }),
    ).rejects.toMatchObject({ code: "forbidden" });

    const stricter = { ...DEFAULT_SCORE_RULES, overdueItemDay: 1 };
    const saved = await saveScoreRules({
      actor: secretariat,
      effectiveFrom: "2025-06-01",
      rules: stricter,
      note: "逾期从严",
    });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "score_rule_set"), eq(auditEvents.entityId, String(saved.id))));
    expect(audit?.action).toBe("score.rules");

    // A second save for the same day is refused and leaves the first one in force.
    await expect(
      saveScoreRules({ actor: secretariat, effectiveFrom: "2025-06-01", rules: DEFAULT_SCORE_RULES }),
    ).rejects.toMatchObject({ code: "validation" });

    expect((await scores("2025-03"))["市科技局"]!.score).toBe(march["市科技局"]!.score);
    // June: 30 overdue days at one point each, up to the cap.
    const june = await scores("2025-06");
    expect(june["市科技局"]!.score).toBe(100 - Math.min(30, DEFAULT_SCORE_RULES.overdueCap));
    // The second quarter began under the old rules: 91 overdue days at the old weight, capped.
    const q2 = await scores("2025-Q2");
    expect(q2["市科技局"]!.breakdown.find((l) => l.rule === "overdue")).toMatchObject({
      points: -Math.min(
        DEFAULT_SCORE_RULES.overdueCap,
        Math.round(91 * DEFAULT_SCORE_RULES.overdueItemDay * 100) / 100,
      ),
      params: { days: 91 },
    });
  });
});
