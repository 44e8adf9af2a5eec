import { eq } from "drizzle-orm";
import { db } from "@/db";
import { bulletins, users } from "@/db/schema";
import { editBulletinAction, generateBulletinAction, publishBulletinAction } from "@/lib/actions/bulletins";
import { periodOf } from "@/lib/lifecycle/periods";
import { today } from "@/lib/clock";
import { describeMatrix, matrixCase, PERSONAS } from "./harness";
import { GET as docx } from "@/app/api/bulletins/[id]/docx/route";
import { GET as pdf } from "@/app/api/bulletins/[id]/pdf/route";

let issue = 0;

/** A bulletin of its own (a far year, so generated ones never collide with it). */
async function bulletin(status: "draft" | "published" = "draft") {
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.username, "secretariat"));
  const [row] = await db
    .insert(bulletins)
    .values({
      year: 2099,
      issueNo: ++issue,
      period: "2099-01",
      title: `matrix ${issue}`,
      content: {
        from: "2099-01-01",
        until: "2099-01-31",
        summary: { items: 0, completed: 0, red: 0, overdue: 0, reportsDue: 0, reportsOnTime: 0 },
        ranking: [],
        redItems: [],
        notices: { counts: { reminder: 0, urge: 0, supervise: 0 }, list: [] },
      },
      snapshotOn: "2099-01-31",
      status,
      createdBy: author!.id,
      publishedAt: status === "published" ? new Date() : null,
    })
    .returning();
  return row!;
}

const download = (get: typeof docx, id: number) =>
  get(new Request(`http://localhost/api/bulletins/${id}`), { params: Promise.resolve({ id: String(id) }) });
const readers = PERSONAS.filter((p) => p !== "auditor");

// 督查通报: the secretariat (and admin) generate, edit and publish; every reader downloads a published
// one, a draft only those who write bulletins.
describeMatrix("bulletins", [
  matrixCase({
    action: "bulletin.write (generate)",
    allowed: ["admin", "secretariat"],
    prepare: async () => periodOf(today(), "monthly")!,
    call: (period) => generateBulletinAction({ period }),
  }),
  matrixCase({
    action: "bulletin.write (edit)",
    allowed: ["admin", "secretariat"],
    prepare: () => bulletin(),
    call: (b) =>
      editBulletinAction({ id: b.id, version: b.version, title: b.title, summary: "matrix", goodPractice: "matrix" }),
  }),
  matrixCase({
    action: "bulletin.write (publish)",
    allowed: ["admin", "secretariat"],
    prepare: () => bulletin(),
    call: (b) => publishBulletinAction({ id: b.id, version: b.version }),
  }),
  matrixCase({
    action: "bulletin.read (draft .docx)",
    allowed: ["admin", "secretariat"],
    prepare: () => bulletin(),
    call: (b) => download(docx, b.id),
  }),
  matrixCase({
    action: "bulletin.read (published PDF)",
    allowed: readers,
    prepare: () => bulletin("published"),
    call: (b) => download(pdf, b.id),
  }),
]);
