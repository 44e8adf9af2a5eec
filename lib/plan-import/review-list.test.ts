import { describe, expect, it } from "vitest";
import { TEST_CITY, planOf } from "./forms/test-city";
import { parsePlanText } from "./parse-plan";
import { reviewOf } from "./review-list";

describe("the import review list", () => {
  const draft = parsePlanText(
    planOf(`(一)建设货运枢纽。2024年6月底前建成。(牵头单位:市交通运输局;配合单位:市财政局)
(二)培育新业态。
(三)推进数据开放。(责任单位:市数据局、市商务局)
(四)扩大消费。(市商务局、市财政局,列第一位的为牵头单位,下同)
1.举办促消费活动。(牵头单位:市商务局)
加强消费维权。(牵头单位:市教育局)`),
    { directory: TEST_CITY },
  );
  const review = reviewOf(draft);

  it("lists the uncertain items first, each with why", () => {
    expect(review.items.map((i) => [i.code, i.doubts])).toEqual([
      ["一(二)", ["no_units"]],
      ["一(三)", ["unknown_unit"]],
      ["一(四)", ["rule_applied"]],
      ["一(四)1.-2", ["position_guessed"]],
      ["一(一)", []],
      ["一(四)1.", []],
    ]);
  });

  it("gives each unit and the deadline the words it was read from", () => {
    const hub = review.items.find((i) => i.code === "一(一)");
    const words = hub?.fields.map((f) => [f.kind, f.label, f.span && review.source.slice(f.span.start, f.span.end)]);
    expect(words).toEqual([
      ["lead", "市交通运输局", "市交通运输局"],
      ["support", "市财政局", "市财政局"],
      ["due", "2024-06-30", "2024年6月底前"],
    ]);
  });

  it("shows the rules the document stated", () => {
    expect(review.rules.map((r) => r.text)).toEqual(["列第一位的为牵头单位,下同"]);
  });
});
