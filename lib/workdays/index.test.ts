import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./index";

describe("working days (chinese-days calendar)", () => {
  it("skips the National Day holiday and counts the adjusted Sunday workday", () => {
    // 2025-09-28 (Sunday) is a 调休 workday; 10-01..10-08 is the National Day / Mid-Autumn break.
    expect(isWorkingDay("2025-09-28")).toBe(true);
    expect(isWorkingDay("2025-10-02")).toBe(false);
    // From Friday 2025-09-26: 9-28, 9-29, 9-30, then 10-09, 10-10.
    expect(addWorkingDays("2025-09-26", 5)).toBe("2025-10-10");
  });

  it("skips an ordinary weekend", () => {
    // Friday 2025-06-06 + 1 working day is Monday 2025-06-09.
    expect(addWorkingDays("2025-06-06", 1)).toBe("2025-06-09");
    expect(addWorkingDays("2025-06-03", 5)).toBe("2025-06-10");
  });

  it("moves a day off to the next working day when n is 0", () => {
    expect(addWorkingDays("2025-10-01", 0)).toBe("2025-10-09");
    expect(addWorkingDays("2025-06-04", 0)).toBe("2025-06-04");
  });

  it("counts working days between two dates", () => {
    expect(workingDaysBetween("2025-06-06", "2025-06-09")).toBe(1);
    expect(workingDaysBetween("2025-09-30", "2025-10-09")).toBe(1);
    expect(workingDaysBetween("2025-06-09", "2025-06-06")).toBe(0);
  });

  it("rejects a negative count", () => {
    expect(() => addWorkingDays("2025-06-06", -1)).toThrow(RangeError);
  });
});
