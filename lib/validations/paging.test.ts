import { describe, expect, it } from "vitest";
import { pageParam } from "./paging";

describe("a page number from the query string", () => {
  it("is the whole number given, and page 1 for anything else", () => {
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["4", "5"])).toBe(4);
    for (const raw of [undefined, "", "0", "-2", "1.5", "abc", "99999999"]) expect(pageParam(raw), String(raw)).toBe(1);
  });
});
