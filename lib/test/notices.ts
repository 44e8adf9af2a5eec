import { issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { createTestPlan, departmentId } from "./factories";
import { actAs } from "./session";

/** A dispatched item led by `lead` with a 督办单 the supervisor issued and the lead's liaison answered. */
export async function itemWithAnsweredNotice(lead: string) {
  const { plan, items } = await createTestPlan({ items: [{ lead: [lead], status: "dispatched" }] });
  await actAs("supervisor");
  const issued = await issueNoticeAction({
    workItemId: items[0]!.id,
    departmentId: await departmentId(lead),
    level: "urge",
    reason: "请说明进度",
    deadlineMode: "workingDays",
    workingDays: 5,
  });
  if (!issued.ok) throw new Error(issued.error);
  await actAs(lead === "市科技局" ? "kjj" : "swj");
  const answered = await respondNoticeAction({ noticeId: issued.data.id, version: 1, response: "已完成=阶段目标" });
  if (!answered.ok) throw new Error(answered.error);
  return { plan, item: items[0]! };
}
