import { GET as exportBoard } from "@/app/api/export/board/route";
import { GET as exportRanking } from "@/app/api/export/ranking/route";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { describeMatrix } from "./harness";

const get = (handler: typeof exportBoard, query: string) =>
  handler(new Request(`http://localhost/api/export?${query}`), { params: Promise.resolve({}) });

async function prepare() {
  const { plan } = await createTestPlan({
    items: [{ lead: ["市科技局"], support: ["市商务局"], status: "dispatched" }],
  });
  return { planId: plan.id, departmentId: await departmentId("市科技局") };
}

// Exports change no data; the matrix proves who may download what (DESIGN: export ✓ for all, liaisons own dept).
describeMatrix("health exports (board, ranking)", [
  {
    action: "export board of 市科技局",
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj"],
    prepare,
    call: ({ planId, departmentId }) => get(exportBoard, `planId=${planId}&departmentId=${departmentId}`),
  },
  {
    action: "export own board",
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong"],
    prepare,
    call: ({ planId }) => get(exportBoard, `planId=${planId}`),
  },
  {
    action: "export ranking",
    allowed: ["admin", "secretariat", "supervisor", "leader", "kjj", "swj", "furong"],
    prepare,
    call: ({ planId }) => get(exportRanking, `planId=${planId}`),
  },
]);
