import { describe, expect, it } from "vitest";
import { HEALTH_SETTING_DEFAULTS, resolveHealthSettings } from "@/lib/settings/health";
import { computeHealth, effectiveDueOn, isIndicatorAttained } from "./compute";
import type { HealthInput } from "./types";

function input(
  overrides: Partial<Omit<HealthInput, "item">> & { item?: Partial<HealthInput["item"]> } = {},
): HealthInput {
  return {
    today: "2025-06-15",
    progressPercent: null,
    reports: [],
    notices: [],
    indicators: [],
    ...overrides,
    item: {
      status: "dispatched",
      dueOn: "2025-12-31",
      ongoing: false,
      dispatchedAt: "2025-01-01",
      completedAt: null,
      ...overrides.item,
    },
  };
}

const codes = (r: ReturnType<typeof computeHealth>) => r.reasons.map((x) => x.code);

describe("computeHealth at fixed dates", () => {
  it("due yesterday and not completed → red, overdue by 1 day", () => {
    const r = computeHealth(input({ today: "2025-07-01", item: { dueOn: "2025-06-30" }, progressPercent: 90 }));
    expect(r.health).toBe("red");
    expect(r.daysOverdue).toBe(1);
    expect(r.reasons[0]).toEqual({ code: "overdue", severity: "red", params: { days: 1, dueOn: "2025-06-30" } });
  });

  it("due today is not yet overdue", () => {
    const r = computeHealth(input({ today: "2025-06-30", item: { dueOn: "2025-06-30" }, progressPercent: 100 }));
    expect(r.health).toBe("green");
    expect(r.daysOverdue).toBe(0);
  });

  it("due in 10 days with progress behind the straight line → yellow", () => {
    // Dispatched 2025-01-01, due 2025-12-31: on 2025-12-21 about 97 % of the time has passed.
    const r = computeHealth(input({ today: "2025-12-21", progressPercent: 40 }));
    expect(r.health).toBe("yellow");
    expect(r.reasons).toEqual([
      { code: "behindSchedule", severity: "yellow", params: { expected: 97, actual: 40, daysLeft: 10 } },
    ]);
  });

  it("due in 10 days and on track → green", () => {
    expect(computeHealth(input({ today: "2025-12-21", progressPercent: 95 })).health).toBe("green");
  });

  it("far from the due date, lagging progress is not yet a warning", () => {
    expect(computeHealth(input({ today: "2025-06-15", progressPercent: 0 })).health).toBe("green");
  });

  it("completed after the due date → completed, noting how late", () => {
    const r = computeHealth(
      input({
        today: "2026-03-01",
        item: { status: "completed", dueOn: "2025-12-31", completedAt: new Date("2026-01-10T02:00:00Z") },
      }),
    );
    expect(r.health).toBe("completed");
    expect(r.reasons).toEqual([{ code: "completedLate", severity: "completed", params: { days: 10 } }]);
  });

  it("reads instants as China dates: completed at 00:30 Beijing time on Jan 1 is one day late", () => {
    // 2025-12-31T16:30Z is 2026-01-01 00:30 in Asia/Shanghai, still Dec 31 in UTC.
    const r = computeHealth(
      input({ item: { status: "completed", dueOn: "2025-12-31", completedAt: new Date("2025-12-31T16:30:00Z") } }),
    );
    expect(r.reasons).toEqual([{ code: "completedLate", severity: "completed", params: { days: 1 } }]);
    const onTime = computeHealth(
      input({ item: { status: "completed", dueOn: "2025-12-31", completedAt: new Date("2025-12-31T15:59:00Z") } }),
    );
    expect(onTime.reasons).toEqual([]);
  });

  it("across the year boundary: due 2025-12-31, today 2026-01-05 → red by 5 days", () => {
    const r = computeHealth(input({ today: "2026-01-05", progressPercent: 80 }));
    expect(r.health).toBe("red");
    expect(r.daysOverdue).toBe(5);
  });

  it("a report more than the grace days late is red; within grace it is yellow", () => {
    const reports = [{ period: "2025-05", dueOn: "2025-05-25", submittedOn: null }];
    const late = computeHealth(input({ today: "2025-06-02", reports }));
    expect(late.health).toBe("red");
    expect(late.reasons[0]).toMatchObject({ code: "reportLate", params: { period: "2025-05", days: 8 } });
    expect(late.missingReports).toBe(1);
    const grace = computeHealth(input({ today: "2025-06-01", reports }));
    expect(grace.health).toBe("yellow");
  });

  it("a filed report never counts against the item", () => {
    const reports = [{ period: "2025-05", dueOn: "2025-05-25", submittedOn: "2025-05-30" }];
    expect(computeHealth(input({ today: "2025-06-15", reports })).health).toBe("green");
  });

  it("a report due within 3 days and not filed → yellow", () => {
    const reports = [{ period: "2025-06", dueOn: "2025-06-25", submittedOn: null }];
    expect(computeHealth(input({ today: "2025-06-22", reports })).reasons).toEqual([
      { code: "reportDueSoon", severity: "yellow", params: { period: "2025-06", days: 3, dueOn: "2025-06-25" } },
    ]);
    expect(computeHealth(input({ today: "2025-06-21", reports })).health).toBe("green");
  });

  it("an open notice past its response date → red; a responded one does not count", () => {
    const open = computeHealth(input({ notices: [{ respondBy: "2025-06-10", status: "open" }] }));
    expect(open.health).toBe("red");
    expect(open.reasons[0]).toMatchObject({ code: "noticeOverdue", params: { days: 5 } });
    expect(computeHealth(input({ notices: [{ respondBy: "2025-06-10", status: "responded" }] })).health).toBe("green");
  });

  it("an indicator behind its trajectory → yellow; one ahead is fine", () => {
    const indicator = {
      name: "比重",
      comparator: ">=" as const,
      unit: "%",
      baseline: 50,
      baselineOn: "2025-01-01",
      target: 70,
      dueOn: "2025-12-31",
    };
    // Half way through the year the trajectory expects about 60.
    const behind = computeHealth(input({ today: "2025-07-02", indicators: [{ ...indicator, latest: 52 }] }));
    expect(behind.health).toBe("yellow");
    expect(behind.reasons[0]).toMatchObject({ code: "indicatorBehind", params: { name: "比重", actual: 52 } });
    expect(computeHealth(input({ today: "2025-07-02", indicators: [{ ...indicator, latest: 61 }] })).health).toBe(
      "green",
    );
  });

  it("a lower-is-better indicator is behind when it stays high", () => {
    const indicator = {
      name: "物流费用比重",
      comparator: "<=" as const,
      baseline: 16,
      baselineOn: "2025-01-01",
      target: 12,
      dueOn: "2025-12-31",
    };
    expect(computeHealth(input({ today: "2025-10-01", indicators: [{ ...indicator, latest: 15.8 }] })).health).toBe(
      "yellow",
    );
    expect(computeHealth(input({ today: "2025-10-01", indicators: [{ ...indicator, latest: 12.5 }] })).health).toBe(
      "green",
    );
  });

  it("ongoing items are never overdue", () => {
    expect(computeHealth(input({ today: "2030-01-01", item: { ongoing: true, dueOn: null } })).health).toBe("green");
  });

  it("red outranks yellow and red reasons come first", () => {
    const r = computeHealth(
      input({
        today: "2025-12-22",
        progressPercent: 10,
        notices: [{ respondBy: "2025-12-20", status: "open" }],
      }),
    );
    expect(r.health).toBe("red");
    expect(codes(r)).toEqual(["noticeOverdue", "behindSchedule"]);
  });

  it("thresholds come from settings: a 60-day warning window turns an earlier lag yellow", () => {
    const today = "2025-11-15";
    expect(computeHealth(input({ today, progressPercent: 20 })).health).toBe("green");
    const wide = resolveHealthSettings([{ key: "health.warningWindowDays", value: 60 }]);
    expect(wide).toEqual({ ...HEALTH_SETTING_DEFAULTS, warningWindowDays: 60 });
    expect(computeHealth(input({ today, progressPercent: 20 }), wide).health).toBe("yellow");
  });
});

describe("effective due date and indicator attainment", () => {
  it("a line without a year takes the plan period's end; ongoing items have none", () => {
    expect(effectiveDueOn({ dueOn: null, ongoing: false }, "2025-12-31")).toBe("2025-12-31");
    expect(effectiveDueOn({ dueOn: "2024-06-30", ongoing: false }, "2025-12-31")).toBe("2024-06-30");
    expect(effectiveDueOn({ dueOn: null, ongoing: true }, "2025-12-31")).toBeNull();
  });

  it("compares readings with the target by comparator", () => {
    expect(isIndicatorAttained(">=", 65, 65)).toBe(true);
    expect(isIndicatorAttained(">=", 65, 64.9)).toBe(false);
    expect(isIndicatorAttained("<=", 12.8, 12)).toBe(true);
    expect(isIndicatorAttained("~", 700, 680)).toBe(true);
    expect(isIndicatorAttained(">", 10, null)).toBe(false);
  });
});
