import { beforeAll, describe, expect, it, vi } from "vitest";
import NoticePage from "@/app/(app)/notices/[id]/page";
import NoticesPage from "@/app/(app)/notices/page";
import { GET as downloadFile } from "@/app/api/files/[id]/route";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { evidenceFiles } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";

// Lets the page call Next's forbidden() outside a Next server (next.config.js enables authInterrupts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

beforeAll(setupTestDatabase);

const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
  0, 0,
]);

/** A notice to 市科技局 answered with one attachment. */
async function answeredNoticeWithFile() {
  const { items } = await createTestPlan({ items: [{ lead: ["市科技局"], status: "dispatched" }] });
  await actAs("supervisor");
  const issued = await issueNoticeAction({
    workItemId: items[0]!.id,
    departmentId: await departmentId("市科技局"),
    level: "urge",
    reason: "请说明进度",
    deadlineMode: "workingDays",
    workingDays: 5,
  });
  if (!issued.ok) throw new Error(issued.error);
  await actAs("kjj");
  const form = new FormData();
  form.set("payload", JSON.stringify({ noticeId: issued.data.id, version: 1, response: "已整改" }));
  form.append("files", new File([PNG_BYTES], "整改照片.png", { type: "image/png" }));
  const answered = await respondNoticeAction(form as never);
  if (!answered.ok) throw new Error(answered.error);
  const [file] = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.ownerType, "supervision_notice"), eq(evidenceFiles.ownerId, issued.data.id)));
  return { noticeId: issued.data.id, fileId: file!.id };
}

/** "ok", or how the page refused: 403 / 404 (Next's forbidden() / notFound() digests). */
async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.match(/;(40[34])$/)?.[1] ?? digest;
  }
}

describe("one rule for reading notices: list page, detail page and attachments agree", () => {
  it("lets a leader read the notices list, a notice and its attachment, read-only", async () => {
    const { noticeId, fileId } = await answeredNoticeWithFile();
    await actAs("leader");
    expect(await pageOutcome(() => NoticesPage({ searchParams: Promise.resolve({}) }))).toBe("ok");
    expect(await pageOutcome(() => NoticePage({ params: Promise.resolve({ id: String(noticeId) }) }))).toBe("ok");
    const file = await downloadFile(new Request(`http://localhost/api/files/${fileId}`), {
      params: Promise.resolve({ id: String(fileId) }),
    });
    expect(file.status).toBe(200);
  });

  it("gives every role the same answer on the list page and the detail page", async () => {
    const { noticeId } = await answeredNoticeWithFile();
    const expected: Record<string, [string, string]> = {
      admin: ["ok", "ok"],
      secretariat: ["ok", "ok"],
      supervisor: ["ok", "ok"],
      leader: ["ok", "ok"],
      kjj: ["ok", "ok"],
      // A liaison of another department has a list (of its own notices) but not this one.
      furong: ["ok", "404"],
      // The security auditor reads the audit trail, not the notices themselves.
      auditor: ["403", "404"],
    };
    for (const [name, [list, detail]] of Object.entries(expected)) {
      await actAs(name);
      expect(await pageOutcome(() => NoticesPage({ searchParams: Promise.resolve({}) })), `${name} list`).toBe(list);
      expect(
        await pageOutcome(() => NoticePage({ params: Promise.resolve({ id: String(noticeId) }) })),
        `${name} detail`,
      ).toBe(detail);
    }
  });
});

describe("the notices list pages", () => {
  it("shows 50 at a time, newest first, with the total the reader may see", async () => {
    const { pageNotices, NOTICE_PAGE_SIZE } = await import("./notice-queries");
    const { supervisionNotices, users } = await import("@/db/schema");
    const { items } = await createTestPlan({ items: [{ lead: ["市商务局"], status: "dispatched" }] });
    const [supervisor] = await db.select({ id: users.id }).from(users).where(eq(users.username, "supervisor"));
    const swj = await departmentId("市商务局");
    await db.insert(supervisionNotices).values(
      Array.from({ length: NOTICE_PAGE_SIZE + 5 }, (_, i) => ({
        workItemId: items[0]!.id,
        departmentId: swj,
        level: "reminder" as const,
        reason: `第 ${i + 1} 份`,
        respondBy: "2030-01-01",
        issuedBy: supervisor!.id,
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    );
    const swjLiaison = (await actAs("swj"))!;
    const all = await pageNotices({ actor: swjLiaison, workItemId: items[0]!.id });
    expect(all.total).toBe(NOTICE_PAGE_SIZE + 5);
    expect(all.rows).toHaveLength(NOTICE_PAGE_SIZE);
    expect(all.rows[0]!.reason).toBe(`第 ${NOTICE_PAGE_SIZE + 5} 份`);
    const second = await pageNotices({ actor: swjLiaison, workItemId: items[0]!.id, page: 2 });
    expect(second.rows.map((r) => r.reason)).toEqual(["第 5 份", "第 4 份", "第 3 份", "第 2 份", "第 1 份"]);
    // Another department's liaison sees none of them, and counts none.
    const other = await pageNotices({ actor: (await actAs("kjj"))!, workItemId: items[0]!.id });
    expect(other).toMatchObject({ total: 0, rows: [] });
  });
});
