import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "./factories";
import { snapshotData } from "./snapshot";

describe("snapshotData (used by every 'refused changes nothing' assertion)", () => {
  beforeAll(setupTestDatabase);

  it("is stable when nothing changes and differs after any row change", async () => {
    const { items } = await createTestPlan();
    const before = await snapshotData();
    expect(await snapshotData()).toEqual(before);
    await db.update(workItems).set({ title: "改了" }).where(eq(workItems.id, items[0]!.id));
    const after = await snapshotData();
    expect(after.work_items).not.toEqual(before.work_items);
    expect(after.plans).toEqual(before.plans);
  });
});
