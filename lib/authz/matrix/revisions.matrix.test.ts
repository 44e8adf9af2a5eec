import { applyRevisionAction, compareRevisionAction } from "@/lib/actions/plan-revisions";
import { importPlanAsSystem } from "@/lib/services/plan-import";
import { uniquePlanText } from "@/lib/services/plan-import.test-helpers";
import { compareRevision } from "@/lib/services/plan-revision";
import { getSessionUserById } from "@/lib/services/accounts";
import { userId } from "@/lib/services/lifecycle.test-helpers";
import { describeMatrix } from "./harness";

/** A published plan of its own and its revision (one deadline moved), with the diff the page would show. */
async function revisedPlan() {
  const { text } = uniquePlanText("市商务局");
  const { planId } = await importPlanAsSystem(text, "matrix-revision.txt");
  const revised = text.replace("2024年底前完成首批场景建设", "2025年6月底前完成首批场景建设");
  const admin = (await getSessionUserById(await userId("admin")))!;
  const preview = await compareRevision({ actor: admin, planId, text: revised });
  return { planId, text: revised, fingerprint: preview.fingerprint, accepted: preview.changes.map((c) => c.id) };
}

describeMatrix("plans: revise a published plan", [
  {
    action: "plan.publish (compare a revision)",
    allowed: ["admin", "secretariat"],
    prepare: revisedPlan,
    call: ({ planId, text }) => compareRevisionAction({ planId, text }),
  },
  {
    action: "plan.publish (apply a revision)",
    allowed: ["admin", "secretariat"],
    prepare: revisedPlan,
    call: (input) => applyRevisionAction(input),
  },
]);
