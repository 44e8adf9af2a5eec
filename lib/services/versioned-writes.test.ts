import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every write of a work item's version goes through lib/services/item-access.ts (updateItemVersioned,
 * deleteItemVersioned, touchItem): a hand-written version check is one that can forget to bump, to
 * check, or to raise the conflict the user is shown.
 */
const HAND_WRITTEN = [
  /eq\(\s*workItems\.version\b/,
  /\$\{\s*workItems\.version\s*\}\s*\+\s*1/,
  /workItems\.version\s*\}?\s*\+/,
];

export function handWrittenVersionChecks(file: string, text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => (HAND_WRITTEN.some((p) => p.test(line)) ? [`${file}:${i + 1} ${line.trim()}`] : []));
}

describe("versioned writes of work items", () => {
  it("no service but item-access checks or bumps a work item's version by hand", () => {
    const dir = path.join("lib", "services");
    const files = readdirSync(dir).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "item-access.ts",
    );
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => handWrittenVersionChecks(f, readFileSync(path.join(dir, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("recognises the forms it forbids", () => {
    expect(
      handWrittenVersionChecks("x.ts", ".where(and(eq(workItems.id, id), eq(workItems.version, version)))"),
    ).toHaveLength(1);
    expect(handWrittenVersionChecks("x.ts", ".set({ version: sql`${workItems.version} + 1` })")).toHaveLength(1);
    expect(handWrittenVersionChecks("x.ts", "select({ version: workItems.version })")).toEqual([]);
  });
});
