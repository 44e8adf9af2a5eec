import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

const ORIGIN = "http://localhost:3000";

describe("the page opened after sign-in", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeCallbackUrl("/plans?status=draft#top", ORIGIN)).toBe("/plans?status=draft#top");
    expect(safeCallbackUrl(`${ORIGIN}/items/3`, ORIGIN)).toBe("/items/3");
  });

  it.each([
    "/\\evil.example/",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "http://localhost:3001/",
    "javascript:alert(1)",
    " //evil.example",
  ])("refuses %j and opens the home page instead", (callback) => {
    expect(safeCallbackUrl(callback, ORIGIN)).toBe("/");
  });

  it("opens the home page without a callback", () => {
    expect(safeCallbackUrl(null, ORIGIN)).toBe("/");
    expect(safeCallbackUrl("", ORIGIN)).toBe("/");
  });
});
