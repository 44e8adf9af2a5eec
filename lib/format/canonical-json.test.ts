import { describe, expect, it } from "vitest";
import { canonicalJson, jsonEqual } from "./canonical-json";

const reason = { code: "reportMissing", period: "2026-10", detail: { days: 3, units: ["市商务局", "市科技局"] } };

describe("canonicalJson and jsonEqual", () => {
  it("take values that differ only in key order (as jsonb returns them) as equal", () => {
    const reordered = {
      detail: { units: ["市商务局", "市科技局"], days: 3 },
      period: "2026-10",
      code: "reportMissing",
    };
    expect(canonicalJson([reason])).toBe(canonicalJson([reordered]));
    expect(jsonEqual([reason], [reordered])).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it("tell every other difference, as the written-out comparison does", () => {
    const cases: [unknown, unknown][] = [
      [[reason], [{ ...reason, period: "2026-11" }]],
      [[reason], [{ ...reason, detail: { ...reason.detail, units: ["市科技局", "市商务局"] } }]],
      [[reason], [reason, reason]],
      [[reason], []],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: null }, { a: 0 }],
      [{ a: [] }, { a: {} }],
      [null, []],
      ["1", 1],
    ];
    for (const [a, b] of cases) {
      expect(canonicalJson(a) === canonicalJson(b), JSON.stringify([a, b])).toBe(false);
      expect(jsonEqual(a, b), JSON.stringify([a, b])).toBe(false);
      expect(jsonEqual(b, a), JSON.stringify([b, a])).toBe(false);
    }
  });
});
