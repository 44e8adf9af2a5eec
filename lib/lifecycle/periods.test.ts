import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import zhCommon from "@/lib/i18n/messages/zh-CN/common.json";
import { isPeriod, periodDueOn, periodLabel, periodOf, previousPeriods } from "./periods";

describe("reporting periods", () => {
  it("puts a date in its month or quarter", () => {
    expect(periodOf("2024-03-31", "monthly")).toBe("2024-03");
    expect(periodOf("2024-03-31", "quarterly")).toBe("2024-Q1");
    expect(periodOf("2024-04-01", "quarterly")).toBe("2024-Q2");
    expect(periodOf("2024-12-05", "quarterly")).toBe("2024-Q4");
    expect(periodOf("2024-12-05", "none")).toBeNull();
  });

  it("dues a monthly report on the configured day of its month", () => {
    expect(periodDueOn("2024-03", 25)).toBe("2024-03-25");
    expect(periodDueOn("2024-02", 31)).toBe("2024-02-29");
    expect(periodDueOn("2023-02", 30)).toBe("2023-02-28");
  });

  it("dues a quarterly report in the quarter's last month", () => {
    expect(periodDueOn("2024-Q1", 25)).toBe("2024-03-25");
    expect(periodDueOn("2024-Q2", 31)).toBe("2024-06-30");
    expect(periodDueOn("2024-Q4", 5)).toBe("2024-12-05");
  });

  it("lists earlier periods across year ends", () => {
    expect(previousPeriods("2024-02", 3)).toEqual(["2024-01", "2023-12", "2023-11"]);
    expect(previousPeriods("2024-Q2", 3)).toEqual(["2024-Q1", "2023-Q4", "2023-Q3"]);
    expect(previousPeriods("2024-Q2", 0)).toEqual([]);
  });

  it("recognises and labels periods", () => {
    expect(isPeriod("2024-03")).toBe(true);
    expect(isPeriod("2024-13")).toBe(false);
    expect(isPeriod("2024-Q5")).toBe(false);
    const zh = createTranslator({ locale: "zh-CN", messages: { period: zhCommon.period }, namespace: "period" });
    expect(periodLabel("2024-03", zh)).toBe("2024年3月");
    expect(periodLabel("2024-Q1", zh)).toBe("2024年第1季度");
  });
});
