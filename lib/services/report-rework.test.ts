import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/db/test-utils";
import { createTestPlan } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import type { ReportValues } from "@/lib/validations/reports";
import { getEvidenceForDownload, listEvidence } from "./evidence";
import { getInbox } from "./inbox";
import { getReportForm, listItemReports, reviewReport, saveReport } from "./reports";

vi.hoisted(() => {
  process.env.APP_TODAY = "2024-03-20";
});

beforeAll(setupTestDatabase);

const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

function values(workItemId: number, extra: Partial<ReportValues>): ReportValues {
  return {
    workItemId,
    period: "2024-03",
    intent: "draft",
    progressStatus: "in_progress",
    percent: 30,
    narrative: "",
    readings: [],
    ...extra,
  } as ReportValues;
}

describe("a returned report being reworked", () => {
  it("stays the department's draft: others see only the last submitted version, the department sees 被退回 with the reason", async () => {
    const item = (
      await createTestPlan({
        items: [
          {
            lead: ["市商务局"],
            support: ["市科技局"],
            status: "dispatched",
            indicators: [{ name: "新增平台数", comparator: ">=", targetValue: 5, unit: "个" }],
          },
        ],
      })
    ).items[0]!;
    const kjj = (await actAs("kjj"))!;
    const indicatorId = (await getReportForm({ actor: kjj, workItemId: item.id })).indicators[0]!.id;
    const { result: submitted } = await saveReport({
      actor: kjj,
      values: values(item.id, {
        intent: "submit",
        percent: 50,
        narrative: "已提交的版本",
        readings: [{ indicatorId, value: "2" }],
      }),
      files: [{ name: "已提交材料.pdf", bytes: PDF("one") }],
    });
    const secretariat = (await actAs("secretariat"))!;
    const { result: returned } = await reviewReport({
      actor: secretariat,
      reportId: submitted.id,
      version: submitted.version,
      decision: "return",
      reason: "请补充佐证",
    });

    const { result: reworked } = await saveReport({
      actor: kjj,
      values: values(item.id, {
        reportId: submitted.id,
        version: returned.version,
        percent: 80,
        narrative: "尚未提交的修改",
        readings: [{ indicatorId, value: "4" }],
      }),
      files: [{ name: "修改中材料.pdf", bytes: PDF("two") }],
    });

    // The department still sees it as returned, with the reason, in its form, its list and the 被退回 tab.
    const form = await getReportForm({ actor: kjj, workItemId: item.id, period: "2024-03" });
    expect(form.report).toMatchObject({
      status: "returned",
      returnReason: "请补充佐证",
      narrative: "尚未提交的修改",
      percent: 80,
    });
    expect(form.files.map((f) => f.filename)).toEqual(["已提交材料.pdf", "修改中材料.pdf"]);
    const own = await listItemReports({ actor: kjj, workItemId: item.id });
    expect(own.map((r) => [r.status, r.narrative, r.returnReason])).toEqual([
      ["returned", "尚未提交的修改", "请补充佐证"],
    ]);
    const inbox = await getInbox({ actor: kjj, on: "2024-03-20" });
    expect(inbox.returned.filter((r) => r.itemId === item.id).map((r) => r.returnReason)).toEqual(["请补充佐证"]);
    expect(inbox.toReport.some((r) => r.itemId === item.id)).toBe(false);

    // Everyone else sees the version that was submitted and returned, never the unsubmitted rework.
    for (const name of ["secretariat", "leader", "supervisor", "furong"]) {
      const actor = (await actAs(name))!;
      const seen = await listItemReports({ actor, workItemId: item.id });
      expect(
        seen.map((r) => [
          r.status,
          r.narrative,
          r.percent,
          r.returnReason,
          r.readings.map((x) => x.value),
          r.files.map((f) => f.filename),
        ]),
        name,
      ).toEqual([["returned", "已提交的版本", 50, "请补充佐证", [2], ["已提交材料.pdf"]]]);
    }
    const lead = await getReportForm({ actor: (await actAs("swj"))!, workItemId: item.id, period: "2024-03" });
    expect(lead.supporting.map((s) => [s.departmentName, s.status, s.narrative])).toEqual([
      ["市科技局", "returned", "已提交的版本"],
    ]);

    const newFile = (await listEvidence({ actor: kjj, ownerType: "progress_report", ownerIds: [reworked.id] })).find(
      (f) => f.filename === "修改中材料.pdf",
    )!;
    // Forbidden answers as missing, so ids cannot be probed.
    await expect(getEvidenceForDownload({ actor: secretariat, id: newFile.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await getEvidenceForDownload({ actor: kjj, id: newFile.id })).filename).toBe("修改中材料.pdf");
  });
});
