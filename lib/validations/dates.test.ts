import { describe, expect, it } from "vitest";
import { calendarDate, isCalendarDate } from "./dates";

describe("calendar dates from forms and URLs", () => {
  it("accepts real days, including 29 February of a leap year", () => {
    expect(isCalendarDate("2025-12-31")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });

  it("refuses days that do not exist and other shapes, with the field's message", () => {
    for (const bad of ["2026-02-30", "2025-99-99", "2025-2-3", "2025/12/31", ""])
      expect(isCalendarDate(bad)).toBe(false);
    expect(calendarDate("请选择日期").safeParse("2023-02-29").error?.issues[0]?.message).toBe("请选择日期");
  });
});
