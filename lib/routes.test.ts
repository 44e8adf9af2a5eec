import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routes } from "./routes";

describe("page addresses", () => {
  it("builds each page's address", () => {
    expect(routes.item(12)).toBe("/items/12");
    expect(routes.itemReport(12)).toBe("/items/12/report");
    expect(routes.itemReport(12, "2026-Q1")).toBe("/items/12/report?period=2026-Q1");
    expect(routes.plan(3)).toBe("/plans/3");
    expect(routes.planMatrix(3)).toBe("/plans/3/matrix");
    expect(routes.notice(7)).toBe("/notices/7");
    expect(routes.noticePrint(7)).toBe("/notices/7/print");
  });

  it("is the only place that spells a page address out", () => {
    const files = ["app", "components", "lib"]
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== path.join("lib", "routes.ts"));
    expect(files.length).toBeGreaterThan(100);
    const inline = files.filter((f) => /`\/(items|plans|notices)\/\$\{/.test(readFileSync(f, "utf8")));
    expect(inline).toEqual([]);
  });
});
