import { describe, expect, it } from "vitest";
import { diffRevision, type RevisionNode, type RevisionSection } from "./revision-diff";

const node = (key: string, code: string, text: string, extra: Partial<RevisionNode> = {}): RevisionNode => ({
  key,
  code,
  title: text.slice(0, 6),
  text,
  units: [{ name: "市科技局", role: "lead" }],
  dueOn: "2025-12-31",
  indicators: [],
  children: [],
  ...extra,
});
const section = (...items: RevisionNode[]): RevisionSection[] => [{ title: "重点工程", items }];

describe("a revision's changes name the published item behind them", () => {
  const published = section(
    node("p10", "三(一)", "实施楼宇提质工程。打造30栋左右特色星级楼宇。"),
    node("p11", "三(二)", "实施主体培育工程。培育一批生产性服务业头部企业。"),
    node("p12", "三(三)", "实施场景赋能工程。营造载体赋能生产服务的应用场景。"),
  );

  it("pairs renumbered items with their published rows, and gives each change a stable id", () => {
    const revised = section(
      node("r0", "三(一)", "实施楼宇提质工程。打造30栋左右特色星级楼宇。"),
      node("r1", "三(二)", "实施场景赋能工程。营造载体赋能生产服务的应用场景。", { dueOn: "2024-12-31" }),
    );
    const { changes, partnerOf } = diffRevision(published, revised);
    expect(changes.map((c) => [c.id, c.change.code])).toEqual([
      ["deadline:p12", "三(二)"],
      ["removed:p11", "三(二)"],
    ]);
    expect(changes[0]).toMatchObject({ publishedKey: "p12", revisedKey: "r1" });
    expect([...partnerOf]).toEqual([
      ["r0", "p10"],
      ["r1", "p12"],
    ]);
  });

  it("keys an added item by its place in the revised document, with its own code", () => {
    const revised = section(
      ...published[0]!.items.map((n, i) => ({ ...n, key: `r${i}` })),
      node("r3", "三(四)", "实施数字服务工程。建设工业互联网平台。"),
    );
    const { changes } = diffRevision(published, revised);
    expect(changes).toEqual([
      expect.objectContaining({
        id: "added:r3",
        publishedKey: null,
        change: expect.objectContaining({ code: "三(四)", after: expect.objectContaining({ code: "三(四)" }) }),
      }),
    ]);
  });
});
