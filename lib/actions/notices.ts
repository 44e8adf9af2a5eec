"use server";
import { itemAction } from "@/lib/actions/item-action";
import { uploadsFromFiles } from "@/lib/services/evidence";
import { closeNotice, escalateNotice, issueNotice, respondToNotice, type Deadline } from "@/lib/services/notices";
import { withEvidenceFiles } from "@/lib/validations/form-data";
import {
  closeNoticeSchema,
  escalateNoticeSchema,
  issueNoticeSchema,
  respondNoticeSchema,
} from "@/lib/validations/notices";

function deadlineOf(input: { deadlineMode: string; workingDays?: number; respondBy?: string }): Deadline {
  return input.deadlineMode === "workingDays" ? { workingDays: input.workingDays! } : { respondBy: input.respondBy! };
}

const idOf = (notice: { id: number }) => ({ id: notice.id });

export const issueNoticeAction = itemAction(
  issueNotice,
  issueNoticeSchema,
  (input, user) => ({
    actor: user,
    workItemId: input.workItemId,
    departmentId: input.departmentId,
    level: input.level,
    reason: input.reason,
    deadline: deadlineOf(input),
  }),
  (notice) => ({ id: notice.id, respondBy: notice.respondBy }),
);

/** The answer form posts FormData (values as JSON in "payload", evidence as "files"); plain objects work too. */
const respondFormSchema = withEvidenceFiles(respondNoticeSchema);

export const respondNoticeAction = itemAction(
  respondToNotice,
  respondFormSchema,
  async (input, user) => ({
    actor: user,
    noticeId: input.noticeId,
    expectedVersion: input.version,
    response: input.response,
    files: await uploadsFromFiles(input.files),
  }),
  idOf,
);

export const closeNoticeAction = itemAction(
  closeNotice,
  closeNoticeSchema,
  (input, user) => ({ actor: user, noticeId: input.noticeId, expectedVersion: input.version }),
  idOf,
);

export const escalateNoticeAction = itemAction(
  escalateNotice,
  escalateNoticeSchema,
  (input, user) => ({
    actor: user,
    noticeId: input.noticeId,
    expectedVersion: input.version,
    reason: input.reason,
    deadline: deadlineOf(input),
  }),
  (notice) => ({ id: notice.id, level: notice.level }),
);
