import { randomUUID } from "node:crypto";
import {
  confirmUnitAliasAction,
  editDraftItemAction,
  previewImportAction,
  publishPlanAction,
  savePlanDraftAction,
} from "@/lib/actions/plans";
import { draftOf, uniquePlanText } from "@/lib/services/plan-import.test-helpers";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { describeMatrix } from "./harness";

const SECRETARIAT_ONLY = ["admin", "secretariat"] as const;

describeMatrix("plans: import and save a draft", [
  {
    action: "plan.import (preview)",
    allowed: SECRETARIAT_ONLY,
    prepare: async () => uniquePlanText("市商务局"),
    call: ({ text }) => previewImportAction({ text }),
  },
  {
    action: "plan.import (save draft)",
    allowed: SECRETARIAT_ONLY,
    prepare: async () => uniquePlanText("市商务局"),
    call: ({ text }) => savePlanDraftAction({ draft: draftOf(text), sourceText: text, filename: null }),
  },
]);

describeMatrix("plans: confirm a unit alias", [
  {
    action: "plan.import (confirm unit alias)",
    allowed: SECRETARIAT_ONLY,
    prepare: async () => ({
      alias: `市测试局${randomUUID().slice(0, 6)}`,
      departmentId: await departmentId("市科技局"),
    }),
    call: (input) => confirmUnitAliasAction(input),
  },
]);

describeMatrix("plans: publish", [
  {
    action: "plan.publish",
    allowed: SECRETARIAT_ONLY,
    prepare: async () => (await createTestPlan({ status: "draft" })).plan,
    call: (plan) => publishPlanAction({ planId: plan.id, expectedVersion: plan.version }),
  },
]);

describeMatrix("plans: edit a draft item", [
  {
    action: "plan.edit (draft item)",
    allowed: SECRETARIAT_ONLY,
    prepare: async () => (await createTestPlan({ status: "draft" })).items[0]!,
    call: (item) =>
      editDraftItemAction({
        id: item.id,
        expectedVersion: item.version,
        title: "修改后的标题",
        dueOn: "2025-06-30",
        ongoing: false,
      }),
  },
]);
