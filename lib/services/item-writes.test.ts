import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every version-checked write of a work item goes through updateItemVersioned (item-access.ts),
 * so the conflict rule, the version bump and updatedAt cannot drift apart between services.
 */
describe("work item writes", () => {
  it("no service writes a work item with a hand-written version check", () => {
    const dir = path.resolve("lib/services");
    const files = readdirSync(dir).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "item-access.ts",
    );
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      readFileSync(path.join(dir, file), "utf8")
        .split(";")
        .filter((statement) => /\.update\(workItems\)/.test(statement) && /eq\(workItems\.version\b/.test(statement))
        .map((statement) => `${file}: ${statement.trim().split("\n")[0]}`),
    );
    expect(found).toEqual([]);
  });
});
