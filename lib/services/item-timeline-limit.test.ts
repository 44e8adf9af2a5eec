import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { countItemTimeline, getItemTimeline } from "./timeline";

describe("an item's history at years of activity", () => {
  beforeAll(setupTestDatabase);

  it("the item page's share is the newest records, oldest first; all of them on request", async () => {
    const item = (await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] })).items[0]!;
    await db.execute(sql`
      insert into audit_events (actor_name, action, entity_type, entity_id, work_item_id, created_at)
      select '测试', 'report.submit', 'progress_report', g::text, ${item.id},
        timestamptz '2025-01-01 09:00+08' + g * interval '1 day'
      from generate_series(1, 40) g`);
    const supervisor = (await actAs("supervisor"))!;
    const total = await countItemTimeline(item.id);
    expect(total).toBeGreaterThanOrEqual(40);
    const all = await getItemTimeline({ actor: supervisor, workItemId: item.id });
    expect(all).toHaveLength(total);
    const newest = await getItemTimeline({ actor: supervisor, workItemId: item.id, limit: 30 });
    expect(newest.map((e) => e.id)).toEqual(all.slice(-30).map((e) => e.id));
    expect(newest.at(-1)!.at.getTime()).toBeGreaterThanOrEqual(newest[0]!.at.getTime());
  });
});
