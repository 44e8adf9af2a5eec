import type { RankingRow } from "@/lib/services/ranking";
import { writeSheet, type SheetColumn } from "./xlsx";

const COLUMNS: SheetColumn<RankingRow>[] = [
  { header: "单位", width: 24, value: (r) => r.departmentName },
  { header: "牵头任务数", width: 12, value: (r) => r.led },
  { header: "配合任务数", width: 12, value: (r) => r.supported },
  { header: "应报次数", width: 10, value: (r) => r.reportsDue },
  { header: "按时报送次数", width: 14, value: (r) => r.reportsOnTime },
  { header: "按时报送率(%)", width: 14, value: (r) => r.onTimeRate },
  { header: "逾期任务数", width: 12, value: (r) => r.overdue },
  { header: "未回复督办通知", width: 16, value: (r) => r.openNotices },
  { header: "平均逾期天数", width: 14, value: (r) => r.avgDaysLate },
  { header: "本季度考核得分", width: 14, value: (r) => r.score },
];

/** The ranking (通报) as .xlsx, one row per department; the sheet name carries the period covered. */
export function writeRankingXlsx(rows: RankingRow[], from: string, to: string): Promise<Buffer> {
  return writeSheet({
    sheetName: `通报 ${from}至${to}`.slice(0, 31),
    title: `单位通报(${from}至${to})`,
    columns: COLUMNS,
    rows,
  });
}
