import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents, screenLinks } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { createScreenLink, hashScreenToken, listScreenLinks, resolveScreenToken, revokeScreenLink } from "./screens";
import { readScreen } from "./screens-view";

async function auditsOf(id: number) {
  return db
    .select({ action: auditEvents.action, actorName: auditEvents.actorName })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "screen_link"), eq(auditEvents.entityId, String(id))));
}

describe("meeting-room screen links", () => {
  beforeAll(setupTestDatabase);

  it("a new link's token resolves to its scope; only the token's hash is stored; making it is audited", async () => {
    const { plan } = await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });
    const secretariat = (await actAs("secretariat"))!;
    const label = uniqueName("常务会议室");
    const { id, token } = await createScreenLink({ actor: secretariat, label, planId: plan.id });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [stored] = await db.select().from(screenLinks).where(eq(screenLinks.id, id));
    expect(stored!.tokenHash).toBe(hashScreenToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const scope = await resolveScreenToken(token);
    expect(scope).toEqual({ linkId: id, label, planId: plan.id, planTitle: plan.title });
    expect(
      await resolveScreenToken(
        `${token.slice(0, -1)}A` === token ? `${token.slice(0, -1)}B` : `${token.slice(0, -1)}A`,
      ),
    ).toBeNull();
    expect(await resolveScreenToken("not-a-token")).toBeNull();
    expect(await auditsOf(id)).toEqual([{ action: "screen.create", actorName: secretariat.displayName }]);
    const audits = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(id)));
    expect(JSON.stringify(audits)).not.toContain(token);

    const listed = await listScreenLinks({ actor: secretariat });
    expect(listed.rows.find((r) => r.id === id)).toMatchObject({ label, planTitle: plan.title, revokedAt: null });
  });

  it("marks the link used at most once a minute", async () => {
    const admin = (await actAs("admin"))!;
    const { id, token } = await createScreenLink({ actor: admin, label: uniqueName("大屏") });
    const lastUsed = async () =>
      (await db.select({ at: screenLinks.lastUsedAt }).from(screenLinks).where(eq(screenLinks.id, id)))[0]!.at;
    const first = new Date("2030-01-01T02:00:00Z");
    await resolveScreenToken(token, first);
    expect(await lastUsed()).toEqual(first);
    await resolveScreenToken(token, new Date(first.getTime() + 30_000));
    expect(await lastUsed()).toEqual(first);
    const later = new Date(first.getTime() + 61_000);
    await resolveScreenToken(token, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("a revoked link resolves to nothing; a second revoke changes nothing and records nothing", async () => {
    const secretariat = (await actAs("secretariat"))!;
    const { id, token } = await createScreenLink({ actor: secretariat, label: uniqueName("大屏") });
    expect(await revokeScreenLink({ actor: secretariat, id })).toEqual({ revoked: true });
    expect(await resolveScreenToken(token)).toBeNull();
    const [revoked] = await db.select().from(screenLinks).where(eq(screenLinks.id, id));

    const admin = (await actAs("admin"))!;
    expect(await revokeScreenLink({ actor: admin, id })).toEqual({ revoked: false });
    const [again] = await db.select().from(screenLinks).where(eq(screenLinks.id, id));
    expect(again).toEqual(revoked);
    expect(again!.revokedBy).toBe(secretariat.id);
    expect((await auditsOf(id)).map((a) => a.action)).toEqual(["screen.create", "screen.revoke"]);
    await expect(revokeScreenLink({ actor: admin, id: 2_000_000_000 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("only screen.manage may make, list or revoke links: a liaison or a leader is refused and nothing is stored", async () => {
    const before = (await db.select({ id: screenLinks.id }).from(screenLinks)).length;
    for (const persona of ["kjj", "leader", "supervisor"]) {
      const actor = (await actAs(persona))!;
      await expect(createScreenLink({ actor, label: "越权" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listScreenLinks({ actor })).rejects.toMatchObject({ code: "forbidden" });
      await expect(revokeScreenLink({ actor, id: 1 })).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await db.select({ id: screenLinks.id }).from(screenLinks)).length).toBe(before);
  });

  it("a link for one plan refuses a draft plan; the screen reads the link's plan only", async () => {
    const secretariat = (await actAs("secretariat"))!;
    const draft = await createTestPlan({ status: "draft" });
    await expect(
      createScreenLink({ actor: secretariat, label: uniqueName("大屏"), planId: draft.plan.id }),
    ).rejects.toMatchObject({ code: "validation" });

    const { plan } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched", dueOn: "2020-01-31" },
        { lead: ["市商务局"], status: "dispatched", dueOn: "2099-12-31" },
      ],
    });
    const { token } = await createScreenLink({ actor: secretariat, label: uniqueName("大屏"), planId: plan.id });
    const view = await readScreen((await resolveScreenToken(token))!);
    expect(view.counts.items).toBe(2);
    expect(view.counts.overdue).toBe(1);
    expect(view.counts.red).toBeGreaterThanOrEqual(1);
    expect(view.byDepartment.map((d) => d.name).sort()).toEqual(["市商务局", "市科技局"]);
    expect(view.timeline?.rows).toHaveLength(2);
    expect(view.timeline?.rows[0]!.health).toBe("red");
  });
});
