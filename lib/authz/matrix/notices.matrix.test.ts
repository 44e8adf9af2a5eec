import { eq } from "drizzle-orm";
import { db } from "@/db";
import { supervisionNotices, users } from "@/db/schema";
import { closeNoticeAction, escalateNoticeAction, issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { describeMatrix } from "./harness";

/** A dispatched item led by 市科技局 (kjj) and supported by 市商务局 (swj), with an open notice to 市科技局. */
async function itemWithOpenNotice() {
  const { items } = await createTestPlan({
    items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
  });
  const [supervisor] = await db.select({ id: users.id }).from(users).where(eq(users.username, "supervisor"));
  const [notice] = await db
    .insert(supervisionNotices)
    .values({
      workItemId: items[0]!.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "进度滞后,请说明原因",
      respondBy: "2099-12-31",
      issuedBy: supervisor!.id,
    })
    .returning();
  return { itemId: items[0]!.id, notice: notice! };
}

const ISSUERS = ["admin", "secretariat", "supervisor"] as const;

describeMatrix("supervision notices", [
  {
    action: "notice.issue",
    allowed: ISSUERS,
    prepare: itemWithOpenNotice,
    call: ({ itemId, notice }) =>
      issueNoticeAction({
        workItemId: itemId,
        departmentId: notice.departmentId,
        level: "supervise",
        reason: "请加快推进",
        deadlineMode: "workingDays",
        workingDays: 5,
      }),
  },
  {
    action: "notice.respond",
    allowed: ["kjj"],
    prepare: itemWithOpenNotice,
    call: ({ notice }) =>
      respondNoticeAction({ noticeId: notice.id, version: notice.version, response: "已召开专题会议推进" }),
  },
  {
    action: "notice.close",
    allowed: ISSUERS,
    prepare: itemWithOpenNotice,
    call: ({ notice }) => closeNoticeAction({ noticeId: notice.id, version: notice.version }),
  },
  {
    action: "notice.escalate",
    allowed: ISSUERS,
    prepare: itemWithOpenNotice,
    call: ({ notice }) =>
      escalateNoticeAction({
        noticeId: notice.id,
        version: notice.version,
        reason: "逾期未答复,升级督办",
        deadlineMode: "date",
        respondBy: "2099-12-31",
      }),
  },
]);
