import { and, desc, eq, inArray } from "drizzle-orm";
import { GET as docxRoute } from "@/app/api/bulletins/[id]/docx/route";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditEvents, bulletins, notifications, outboxMessages, users, workItems } from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { readDocx, readPdf } from "@/lib/bulletins/render.test-helpers";
import { renderBulletin } from "@/lib/bulletins/render";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { editBulletin, generateBulletin, getBulletin, listBulletins, publishBulletin } from "./bulletins";

vi.hoisted(() => {
  process.env.APP_TODAY = "2026-03-20";
});

async function redPlan() {
  const red = uniqueName("红灯任务");
  const { items } = await createTestPlan({
    periodEnd: "2026-12-31",
    items: [
      { title: red, lead: ["市科技局"], support: ["市商务局"], status: "dispatched", dueOn: "2026-02-28" },
      { lead: ["市商务局"], status: "dispatched", dueOn: "2026-12-31" },
    ],
  });
  await db
    .update(workItems)
    .set({ dispatchedAt: new Date("2026-01-05T02:00:00Z") })
    .where(
      inArray(
        workItems.id,
        items.map((i) => i.id),
      ),
    );
  return red;
}

describe("督查通报 bulletins", () => {
  beforeAll(setupTestDatabase);

  it("generates a numbered draft with the ranking (one row per department) and the red items; its .docx and PDF carry them", async () => {
    const red = await redPlan();
    const secretariat = (await actAs("secretariat"))!;
    const bulletin = await generateBulletin({ actor: secretariat, period: "2026-03" });
    expect(bulletin).toMatchObject({ year: 2026, period: "2026-03", status: "draft", snapshotOn: "2026-03-20" });
    expect(bulletin.title).toBe("2026年3月督查通报");
    const { content } = bulletin;
    expect(content.from).toBe("2026-03-01");
    expect(content.until).toBe("2026-03-20");
    const departments = content.ranking.map((r) => r.departmentName);
    expect(new Set(departments).size).toBe(departments.length);
    expect(departments).toEqual(expect.arrayContaining(["市科技局", "市商务局"]));
    const redItem = content.redItems.find((r) => r.title === red);
    expect(redItem).toMatchObject({ leadUnits: ["市科技局"], dueOn: "2026-02-28", daysOverdue: 20 });
    expect(content.summary.red).toBeGreaterThanOrEqual(1);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "bulletin"), eq(auditEvents.entityId, String(bulletin.id))));
    expect(audit?.action).toBe("bulletin.create");

    const { tables, text } = await readDocx((await renderBulletin(bulletin, "docx")).body);
    expect(text).toContain(`〔2026〕第${bulletin.issueNo}期`);
    const [ranking, redTable] = tables;
    expect(ranking!.slice(1).map((row) => row[1])).toEqual(departments);
    expect(redTable!.some((row) => row[1] === red && row[2] === "市科技局" && row[4] === "20")).toBe(true);
    const pdfText = (await readPdf((await renderBulletin(bulletin, "pdf")).body)).replace(/\s+/g, "");
    expect(pdfText).toContain(`〔2026〕第${bulletin.issueNo}期`);
    expect(pdfText).toContain(red.replace(/\s+/g, ""));
    for (const name of departments) expect(pdfText).toContain(name);
    // The first read of a new day refreshes every stored light (the demo plan's too).
  }, 120_000);

  it("numbers issues one after another within a year, never twice, however many are generated at once", async () => {
    const secretariat = (await actAs("secretariat"))!;
    // Another year's numbering does not count towards this year's.
    await db.insert(bulletins).values({
      year: 2025,
      issueNo: 40,
      period: "2025-12",
      title: "old",
      content: {},
      snapshotOn: "2025-12-31",
      createdBy: secretariat.id,
    });
    const first = await generateBulletin({ actor: secretariat, period: "2026-02" });
    const batch = await Promise.all(
      ["2026-01", "2026-Q1", "2026-02", "2026-03"].map((period) => generateBulletin({ actor: secretariat, period })),
    );
    const numbers = batch.map((b) => b.issueNo).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4].map((n) => first.issueNo + n));
    expect(batch.every((b) => b.year === 2026)).toBe(true);
    await expect(generateBulletin({ actor: secretariat, period: "2026-04" })).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("a stale edit is refused and overwrites nothing; a published bulletin refuses edits; liaisons are notified", async () => {
    const secretariat = (await actAs("secretariat"))!;
    const draft = await generateBulletin({ actor: secretariat, period: "2026-02" });
    const edit = { actor: secretariat, id: draft.id, title: draft.title, summary: "总体平稳" };
    const edited = await editBulletin({ ...edit, version: draft.version, goodPractice: "周调度" });
    expect(edited).toMatchObject({ goodPractice: "周调度", version: draft.version + 1 });
    await expect(editBulletin({ ...edit, version: draft.version, goodPractice: "旧稿" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await getBulletin({ actor: secretariat, id: draft.id })).goodPractice).toBe("周调度");

    await expect(publishBulletin({ actor: secretariat, id: draft.id, version: draft.version })).rejects.toMatchObject({
      code: "conflict",
    });
    const published = await publishBulletin({ actor: secretariat, id: draft.id, version: edited.version });
    expect(published.status).toBe("published");
    await expect(editBulletin({ ...edit, version: published.version, goodPractice: "发布后" })).rejects.toMatchObject({
      code: "invalid_state",
    });
    expect((await getBulletin({ actor: secretariat, id: draft.id })).goodPractice).toBe("周调度");

    const [kjj] = await db.select().from(users).where(eq(users.username, "kjj"));
    const [note] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, kjj!.id), eq(notifications.link, `/bulletins/${draft.id}`)));
    expect(note?.kind).toBe("bulletinPublished");
    expect(note?.title).toContain(`〔2026〕第${draft.issueNo}期`);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, kjj!.email!));
    expect(mails.some((m) => m.subject.includes(`〔2026〕第${draft.issueNo}期`))).toBe(true);
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "bulletin"), eq(auditEvents.entityId, String(draft.id))));
    expect(actions.map((a) => a.action).sort()).toEqual(["bulletin.create", "bulletin.edit", "bulletin.publish"]);
  });

  it("a liaison cannot generate, edit or publish, and sees published bulletins only", async () => {
    const secretariat = (await actAs("secretariat"))!;
    const draft = await generateBulletin({ actor: secretariat, period: "2026-03" });
    const liaison = (await actAs("kjj"))!;
    await expect(generateBulletin({ actor: liaison, period: "2026-03" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      editBulletin({ actor: liaison, id: draft.id, version: draft.version, title: "x", summary: "", goodPractice: "" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(getBulletin({ actor: liaison, id: draft.id })).rejects.toMatchObject({ code: "not_found" });
    const listed = await listBulletins({ actor: liaison, page: 1 });
    expect(listed.rows.length).toBeGreaterThan(0);
    expect(listed.rows.every((b) => b.status === "published")).toBe(true);
    expect((await listBulletins({ actor: secretariat, page: 1 })).rows.some((b) => b.id === draft.id)).toBe(true);
    await expect(listBulletins({ actor: (await actAs("auditor"))!, page: 1 })).rejects.toMatchObject({
      code: "forbidden",
    });

    // Once published, the liaison downloads it, and the download is in the audit trail.
    const ready = await publishBulletin({ actor: secretariat, id: draft.id, version: draft.version });
    await actAs("kjj");
    const response = await docxRoute(new Request(`http://localhost/api/bulletins/${ready.id}/docx`), {
      params: Promise.resolve({ id: String(ready.id) }),
    });
    expect(response.status).toBe(200);
    const [download] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "export.bulletin"), eq(auditEvents.actorId, liaison.id)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(download?.after).toMatchObject({ filters: { id: ready.id, format: "docx" }, rows: 1 });
  });
});
