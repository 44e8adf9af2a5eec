import { describe, expect, it } from "vitest";
import { periodDueOn, periodOf, requiredPeriods } from "@/lib/lifecycle/periods";

describe("reporting periods", () => {
  it("names periods and their due dates, clamping the day to the month", () => {
    expect(periodOf("2025-11-03", "monthly")).toBe("2025-11");
    expect(periodOf("2025-11-03", "quarterly")).toBe("2025-Q4");
    expect(periodDueOn("2025-02", 31)).toBe("2025-02-28");
    expect(periodDueOn("2025-Q1", 25)).toBe("2025-03-25");
  });

  it("asks for monthly reports from dispatch to today, across the year end", () => {
    const periods = requiredPeriods({
      cycle: "monthly",
      reportDueDay: 25,
      dispatchedOn: "2025-11-30",
      until: "2026-01-26",
    });
    expect(periods).toEqual([
      { period: "2025-12", dueOn: "2025-12-25" },
      { period: "2026-01", dueOn: "2026-01-25" },
    ]);
  });

  it("asks for nothing after the item's own due date, and nothing without a cycle", () => {
    expect(
      requiredPeriods({
        cycle: "quarterly",
        reportDueDay: 25,
        dispatchedOn: "2025-01-10",
        until: "2026-06-01",
        itemDueOn: "2025-06-30",
      }),
    ).toEqual([
      { period: "2025-Q1", dueOn: "2025-03-25" },
      { period: "2025-Q2", dueOn: "2025-06-25" },
    ]);
    expect(
      requiredPeriods({ cycle: "none", reportDueDay: 25, dispatchedOn: "2025-01-10", until: "2026-06-01" }),
    ).toEqual([]);
  });
});
