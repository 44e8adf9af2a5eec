"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { closeNotice, escalateNotice, issueNotice, respondToNotice, type Deadline } from "@/lib/services/notices";
import { withEvidenceFiles } from "@/lib/validations/form-data";
import {
  closeNoticeSchema,
  escalateNoticeSchema,
  issueNoticeSchema,
  respondNoticeSchema,
} from "@/lib/validations/notices";
import { routes } from "@/lib/routes";

function deadlineOf(input: { deadlineMode: string; workingDays?: number; respondBy?: string }): Deadline {
  return input.deadlineMode === "workingDays" ? { workingDays: input.workingDays! } : { respondBy: input.respondBy! };
}

function refresh(noticeId: number, workItemId: number) {
  revalidatePath("/notices");
  revalidatePath(routes.notice(noticeId));
  revalidatePath(routes.item(workItemId));
}

export const issueNoticeAction = authorizedAction("notice.issue", issueNoticeSchema, async (input, user) => {
  const notice = await issueNotice({
    actor: user,
    workItemId: input.workItemId,
    departmentId: input.departmentId,
    level: input.level,
    reason: input.reason,
    deadline: deadlineOf(input),
  });
  refresh(notice.id, notice.workItemId);
  return { id: notice.id, respondBy: notice.respondBy };
});

/** The answer form posts FormData (values as JSON in "payload", evidence as "files"); plain objects work too. */
const respondFormSchema = withEvidenceFiles(respondNoticeSchema);

export const respondNoticeAction = authorizedAction("notice.respond", respondFormSchema, async (input, user) => {
  const notice = await respondToNotice({
    actor: user,
    noticeId: input.noticeId,
    expectedVersion: input.version,
    response: input.response,
    files: await uploadsFromFiles(input.files),
  });
  refresh(notice.id, notice.workItemId);
  return { id: notice.id };
});

export const closeNoticeAction = authorizedAction("notice.close", closeNoticeSchema, async (input, user) => {
  const notice = await closeNotice({ actor: user, noticeId: input.noticeId, expectedVersion: input.version });
  refresh(notice.id, notice.workItemId);
  return { id: notice.id };
});

export const escalateNoticeAction = authorizedAction("notice.issue", escalateNoticeSchema, async (input, user) => {
  const notice = await escalateNotice({
    actor: user,
    noticeId: input.noticeId,
    expectedVersion: input.version,
    reason: input.reason,
    deadline: deadlineOf(input),
  });
  refresh(notice.id, notice.workItemId);
  return { id: notice.id, level: notice.level };
});
