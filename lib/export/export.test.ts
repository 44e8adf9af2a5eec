import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportBoard } from "@/app/api/export/board/route";
import { GET as exportRanking } from "@/app/api/export/ranking/route";
import { db } from "@/db";
import { workItems } from "@/db/schema";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";

vi.hoisted(() => {
  process.env.APP_TODAY = "2026-01-05";
});

const call = (handler: typeof exportBoard, query: string) =>
  handler(new Request(`http://localhost/api/export/x?${query}`), { params: Promise.resolve({}) });

async function readSheet(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, header: rows[0] as string[], body: rows.slice(1) };
}

describe(".xlsx exports", () => {
  beforeAll(setupTestDatabase);

  it("the board export opens with Chinese headers and one row per item, red first", async () => {
    const { plan, items } = await createTestPlan({
      items: [
        {
          title: "建设科技成果转化平台",
          lead: ["市科技局"],
          support: ["市商务局"],
          status: "dispatched",
          dueOn: "2026-06-30",
        },
        { title: "举办会展活动", lead: ["市商务局"], status: "dispatched", dueOn: "2025-12-31" },
      ],
    });
    await actAs("supervisor");
    const response = await call(exportBoard, `planId=${plan.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(encodeURIComponent("督办看板"));
    const sheet = await readSheet(response);
    expect(sheet.header.slice(0, 9)).toEqual([
      "状态",
      "行动计划",
      "部分",
      "编号",
      "任务",
      "牵头单位",
      "配合单位",
      "完成时限",
      "逾期天数",
    ]);
    expect(sheet.body).toHaveLength(items.length);
    expect(sheet.body[0]).toEqual(
      expect.arrayContaining(["红灯", "举办会展活动", "市商务局", 5, "已逾期5天(时限2025-12-31)"]),
    );
    expect(sheet.body[1]).toEqual(expect.arrayContaining(["绿灯", "建设科技成果转化平台", "市科技局", "市商务局"]));

    // The same export again is the same file; after a change it is built anew.
    expect((await readSheet(await call(exportBoard, `planId=${plan.id}`))).body).toHaveLength(items.length);
    await db.update(workItems).set({ title: "举办国际会展活动" }).where(eq(workItems.id, items[1]!.id));
    const changed = await readSheet(await call(exportBoard, `planId=${plan.id}`));
    expect(changed.body[0]).toEqual(expect.arrayContaining(["举办国际会展活动"]));
  });

  it("a liaison's board export holds only their department; asking for another is refused", async () => {
    const { plan } = await createTestPlan({
      items: [
        { lead: ["市科技局"], status: "dispatched" },
        { lead: ["芙蓉区人民政府"], status: "dispatched" },
      ],
    });
    await actAs("kjj");
    const own = await readSheet(await call(exportBoard, `planId=${plan.id}`));
    expect(own.body.map((r) => r[5])).toEqual(["市科技局"]);
    const other = await call(exportBoard, `planId=${plan.id}&departmentId=${await departmentId("芙蓉区人民政府")}`);
    expect(other.status).toBe(403);
  });

  it("the ranking export has one row per department and names the period in the sheet", async () => {
    const { plan } = await createTestPlan({
      items: [{ lead: ["市科技局"], support: ["市商务局", "芙蓉区人民政府"], status: "dispatched" }],
    });
    await actAs("leader");
    const sheet = await readSheet(
      await call(exportRanking, `planId=${plan.id}&from=2025-01-01&to=2025-12-31&sort=name&dir=asc`),
    );
    expect(sheet.name).toBe("通报 2025-01-01至2025-12-31");
    expect(sheet.header).toEqual([
      "单位",
      "牵头任务数",
      "配合任务数",
      "应报次数",
      "按时报送次数",
      "按时报送率(%)",
      "逾期任务数",
      "未回复督办通知",
      "平均逾期天数",
      "本季度考核得分",
    ]);
    expect(sheet.body.map((r) => r[0]).sort()).toEqual(["市商务局", "市科技局", "芙蓉区人民政府"].sort());
  });
});
