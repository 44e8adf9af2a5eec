import { describe, expect, it } from "vitest";
import { listedReasons } from "./compact";
import type { HealthReason } from "./types";

const late = (period: string, days: number): HealthReason => ({
  code: "reportLate",
  severity: "red",
  params: { period, days, dueOn: `${period}-25` },
});
const overdue: HealthReason = { code: "overdue", severity: "red", params: { days: 268, dueOn: "2026-03-07" } };
const notice: HealthReason = { code: "noticeOverdue", severity: "red", params: { respondBy: "2026-10-01", days: 20 } };

describe("listedReasons", () => {
  it("tells several missing reports as one line: how many, the first and last period, the oldest's days late", () => {
    expect(listedReasons([overdue, late("2025-06", 523), late("2025-07", 493), late("2025-08", 462), notice])).toEqual([
      overdue,
      { code: "reportsLate", params: { count: 3, from: "2025-06", to: "2025-08", days: 523 } },
      notice,
    ]);
  });

  it("leaves one missing report, and reasons of other kinds, as they are", () => {
    expect(listedReasons([overdue, late("2025-06", 10)])).toEqual([overdue, late("2025-06", 10)]);
    expect(listedReasons([notice])).toEqual([notice]);
    expect(listedReasons([])).toEqual([]);
  });
});
