import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Source files stay small enough to read in one sitting: none over 300 lines (tests included). */
const MAX_LINES = 300;
const ROOTS = ["app", "components", "lib", "db", "scripts", "e2e"];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const child = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : files(child);
    return /\.(ts|tsx)$/.test(d.name) ? [child] : [];
  });
}

describe("source size", () => {
  it(`no source file is over ${MAX_LINES} lines`, () => {
    const all = ROOTS.flatMap(files);
    expect(all.length).toBeGreaterThan(300);
    const long = all
      .map((file) => ({ file, lines: readFileSync(file, "utf8").trimEnd().split("\n").length }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });
});
