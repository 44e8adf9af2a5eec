import { describe, expect, it } from "vitest";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import { diffPlans } from "./plan-diff";
import { readSeed } from "./test-helpers";

/** A revised Changsha plan: one task re-worded, one unit added, one deadline moved, one task removed. */
function revise(seed: string): string {
  const lines = seed.split("\n");
  const out: string[] = [];
  let inProjects = false;
  let removed = false;
  for (const line of lines) {
    if (line.startsWith("三、重点工程")) inProjects = true;
    if (line.startsWith("四、")) inProjects = false;
    if (inProjects && line.startsWith("(二)实施主体培育工程")) {
      removed = true;
      continue;
    }
    // The items after the removed one are renumbered, as a revised document would be.
    const renumbered =
      inProjects && removed
        ? line.replace(/^\((三|四|五|六)\)/, (_, n: string) => `(${"二三四五"["三四五六".indexOf(n)]})`)
        : line;
    out.push(renumbered);
  }
  return out
    .join("\n")
    .replace("布局元宇宙等未来产业", "布局人工智能等未来产业")
    .replace(
      "(责任单位:市发展改革委、市工业和信息化局、市科技局、市商务局、湖南湘江新区管委会、各区县市人民政府)\n",
      "(责任单位:市发展改革委、市工业和信息化局、市科技局、市商务局、湖南湘江新区管委会、各区县市人民政府、市文旅广电局)\n",
    )
    .replace("力争到2025年,全市外贸进出口总额", "力争到2024年,全市外贸进出口总额");
}

describe("a revised plan against the published one", () => {
  const seed = readSeed();
  const published = parsePlanText(seed, { directory: CHANGSHA_DIRECTORY });
  const revisedText = revise(seed);

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
