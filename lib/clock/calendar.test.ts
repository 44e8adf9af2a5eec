import { describe, expect, it } from "vitest";
import { daysInMonth } from "./calendar";

describe("calendar arithmetic", () => {
  it("knows every month's length, leap years included (1900 and 2100 are not, 2000 is)", () => {
    for (let year = 1899; year <= 2101; year++)
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 2), daysInMonth(2100, 2)]).toEqual([
      28, 29, 29, 28,
    ]);
  });
});
