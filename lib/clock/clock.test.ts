import { describe, expect, it } from "vitest";
import { addDays, daysBetween, shanghaiDate } from "./index";

describe("calendar dates in Asia/Shanghai", () => {
  it("counts 23:30 UTC as the next day in China", () => {
    expect(shanghaiDate(new Date("2025-12-31T16:30:00Z"))).toBe("2026-01-01");
    expect(shanghaiDate(new Date("2025-12-31T15:59:59Z"))).toBe("2025-12-31");
  });

  it("agrees with the time zone database from 1986 (daylight saving time in China) to 2060", () => {
    const zone = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", dateStyle: "short" });
    const from = Date.UTC(1986, 0, 1);
    // Every 7 hours and 13 minutes: every hour of the day, over and over, across 74 years.
    for (let t = from; t < Date.UTC(2060, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const instant = new Date(t);
      expect(shanghaiDate(instant), instant.toISOString()).toBe(zone.format(instant));
    }
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2025-12-30", 3)).toBe("2026-01-02");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("counts days between dates", () => {
    expect(daysBetween("2025-12-31", "2026-01-05")).toBe(5);
    expect(daysBetween("2026-01-05", "2025-12-31")).toBe(-5);
  });
});
