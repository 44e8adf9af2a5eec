import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import { diffPlans } from "./plan-diff";
import { readSeed, reviseChangsha } from "./test-helpers";

describe("a revised plan against the published one", () => {
  const seed = readSeed();
  const published = parsePlanText(seed, { directory: CHANGSHA_DIRECTORY });
  const revisedText = reviseChangsha(seed);

  it("finds exactly the four changes, whatever the renumbering", () => {
    expect(revisedText).not.toBe(seed);
    const revised = parsePlanText(revisedText, { directory: CHANGSHA_DIRECTORY });
    const changes = diffPlans(published, revised);
    expect(changes.map((c) => [c.kind, c.code])).toEqual([
      ["reworded", "二(五)"],
      ["deadline", "二(七)"],
      ["units", "三(一)"],
      ["removed", "三(二)"],
    ]);
    expect(changes[1]).toMatchObject({ before: "2025-12-31", after: "2024-12-31" });
    expect(changes[2]).toMatchObject({ added: [{ name: "市文旅广电局", role: "support" }], removed: [] });
    expect(changes[3]).toMatchObject({ before: { title: "实施主体培育工程" } });
  });

  it("finds nothing when the same plan is imported again", () => {
    expect(diffPlans(published, parsePlanText(seed, { directory: CHANGSHA_DIRECTORY }))).toEqual([]);
  });

  it("reports a new task as added", () => {
    const added = seed.replace(
      "四、保障措施",
      "(七)实施数字服务工程。建设工业互联网平台。(责任单位:市工业和信息化局)\n四、保障措施",
    );
    expect(
      diffPlans(published, parsePlanText(added, { directory: CHANGSHA_DIRECTORY })).map((c) => [c.kind, c.code]),
    ).toEqual([["added", "三(七)"]]);
  });
});
