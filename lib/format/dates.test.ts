import { describe, expect, it } from "vitest";
import { comparatorSign } from "./comparators";
import { formatDate, formatDateTime } from "./dates";

describe("one date format", () => {
  it("writes calendar dates and instants the same way on every page, in Asia/Shanghai", () => {
    expect(formatDate("2026-11-28")).toBe("2026-11-28");
    // 16:30 UTC is already the next day in Shanghai.
    expect(formatDate(new Date("2026-11-27T16:30:00Z"))).toBe("2026-11-28");
    expect(formatDateTime(new Date("2026-11-27T16:30:00Z"))).toBe("2026-11-28 00:30");
    expect(formatDateTime("2026-03-16T01:05:00.000Z")).toBe("2026-03-16 09:05");
    expect(formatDate(null)).toBe("");
  });

  it("writes comparators as signs", () => {
    expect([">=", "<=", "~"].map(comparatorSign)).toEqual(["≥", "≤", "≈"]);
  });
});
