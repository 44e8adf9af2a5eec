import type { HealthReason } from "@/lib/health";
import type { BoardRow } from "@/lib/services/board";
import { streamSheet, type SheetColumn } from "./xlsx";

export const HEALTH_LABELS_ZH = { red: "红灯", yellow: "黄灯", green: "绿灯", completed: "已办结" } as const;

/** Reasons in plain Chinese for the spreadsheet (the UI translates them through messages). */
export function describeReasonZh(reason: HealthReason): string {
  switch (reason.code) {
    case "overdue":
      return `已逾期${reason.params.days}天(时限${reason.params.dueOn})`;
    case "reportLate":
      return `${reason.params.period}进展未报送,已超期${reason.params.days}天`;
    case "noticeOverdue":
      return `督办通知已过回复期限${reason.params.days}天`;
    case "reportDueSoon":
      return `${reason.params.period}进展将于${reason.params.dueOn}到期`;
    case "behindSchedule":
      return `进度${reason.params.actual}%,落后于应达${reason.params.expected}%`;
    case "indicatorBehind":
      return `指标“${reason.params.name}”${reason.params.actual}${reason.params.unit},低于进度要求${reason.params.expected}${reason.params.unit}`;
    case "completedLate":
      return `逾期${reason.params.days}天办结`;
  }
}

const units = (row: BoardRow, role: "lead" | "support") =>
  row.assignments
    .filter((a) => a.role === role)
    .map((a) => a.departmentName)
    .join("、");

const COLUMNS: SheetColumn<BoardRow>[] = [
  { header: "状态", width: 8, value: (r) => HEALTH_LABELS_ZH[r.health.health] },
  { header: "行动计划", width: 30, value: (r) => r.planTitle },
  { header: "部分", width: 14, value: (r) => `${r.sectionCode}、${r.sectionTitle}` },
  { header: "编号", width: 8, value: (r) => r.code },
  { header: "任务", width: 40, value: (r) => r.title },
  { header: "牵头单位", width: 18, value: (r) => units(r, "lead") },
  { header: "配合单位", width: 30, value: (r) => units(r, "support") },
  { header: "完成时限", width: 12, value: (r) => r.dueOn ?? "长期" },
  { header: "逾期天数", width: 10, value: (r) => r.health.daysOverdue },
  { header: "缺报次数", width: 10, value: (r) => r.health.missingReports },
  { header: "进度(%)", width: 10, value: (r) => r.progressPercent },
  { header: "原因", width: 50, value: (r) => r.health.reasons.map(describeReasonZh).join(";") },
];

/** The filtered board as .xlsx, streamed as the rows are read: one row per item, Chinese headers. */
export function streamBoardXlsx(chunks: AsyncIterable<BoardRow[]>, today: string): ReadableStream<Uint8Array> {
  return streamSheet({ sheetName: "督办看板", title: `督办看板(${today})`, columns: COLUMNS, chunks });
}
