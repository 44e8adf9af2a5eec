import { describe, expect, it, vi } from "vitest";
import { now, shanghaiDate, today } from "./index";

// The clock reads APP_TODAY through lib/env on first use.
vi.hoisted(() => {
  process.env.APP_TODAY = "2026-03-16";
});

describe("the one clock under APP_TODAY (demo and test runs)", () => {
  it("stamps APP_TODAY's date at the real time of day in Asia/Shanghai", () => {
    const at = now(new Date("2026-11-28T02:30:15.250Z")); // 10:30:15 in Shanghai
    expect(at.toISOString()).toBe("2026-03-16T02:30:15.250Z");
    expect(shanghaiDate(at)).toBe(today());
  });

  it("stays on APP_TODAY late in the evening and just after midnight", () => {
    expect(shanghaiDate(now(new Date("2026-11-28T15:59:59Z")))).toBe("2026-03-16"); // 23:59:59
    expect(shanghaiDate(now(new Date("2026-11-28T16:00:01Z")))).toBe("2026-03-16"); // 00:00:01 next day
  });
});
