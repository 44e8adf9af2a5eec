import { describe, expect, it } from "vitest";
import { addYearsMinusOneDay, readDate } from "./dates";
import { findDeadline } from "./deadlines";

const ctx = { planYear: 2024, fallback: "2026-12-31" };

describe("dates", () => {
  it.each([
    ["2023年7月12日", "2023-07-12", false],
    ["二〇二三年七月十二日", "2023-07-12", false],
    ["2023-07-12", "2023-07-12", false],
    ["2023712", "2023-07-12", true],
    ["202381日", "2023-08-01", true],
    ["20231231", "2023-12-31", true],
  ])("reads %s", (text, date, repaired) => {
    expect(readDate(text)).toMatchObject({ date, repaired });
  });

  it("refuses to guess when the digits allow two dates", () => {
    expect(readDate("2023111")).toEqual({ date: null, repaired: true, ambiguous: true });
  });

  it("counts validity from the effective date (有效期3年 from 2023-08-01 ends 2026-07-31)", () => {
    expect(addYearsMinusOneDay("2023-08-01", 3)).toBe("2026-07-31");
    expect(addYearsMinusOneDay("2024-03-01", 1)).toBe("2025-02-28");
  });
});

describe("deadlines", () => {
  it.each([
    ["力争到2025年,建成示范区", "2025-12-31"],
    ["2024年底前完成", "2024-12-31"],
    ["2023年6月底前出台方案", "2023-06-30"],
    ["2024年9月30日前完成验收", "2024-09-30"],
    ["2025年第一季度完成", "2025-03-31"],
    ["第二季度完成招标", "2024-06-30"],
    ["2024年上半年启动", "2024-06-30"],
    ["年底前完成", "2024-12-31"],
  ])("reads %s", (text, dueOn) => {
    expect(findDeadline(text, ctx)).toEqual({ dueOn, ongoing: false });
  });

  it("takes the latest of several deadlines", () => {
    expect(findDeadline("2024年底前完成试点,2025年底前全面推开", ctx).dueOn).toBe("2025-12-31");
  });

  it("marks 持续推进 / 长期坚持 as ongoing without a date", () => {
    expect(findDeadline("持续推进", ctx)).toEqual({ dueOn: null, ongoing: true });
    expect(findDeadline("长期坚持", ctx)).toEqual({ dueOn: null, ongoing: true });
  });

  it("falls back to the plan period's end, ignoring dates that are not deadlines", () => {
    expect(findDeadline("2023年以来成效明显,于2023年7月12日召开会议", ctx)).toEqual({
      dueOn: "2026-12-31",
      ongoing: false,
    });
  });
});
