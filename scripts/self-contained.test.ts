import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The repository must run, build and test from a bare `git clone`: no tracked file may read, import or
 * link anything beside or above it (the design notes and the demo plan once lived in a folder beside it).
 */
const ROOT = path.resolve(__dirname, "..");
const SHARED = [".." + "/shared", ".." + "\\shared"];
// Absolute paths of the machines the project was built on.
const MACHINE_PATHS = ["/" + "work/"];
// A relative path token: one or more ../ then a name (quotes, brackets or spaces end it).
const RELATIVE = /(?:\.\.\/)+[\w@.-][^\s"'`)\]<>,;]*/g;

function trackedTextFiles(): { file: string; text: string }[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  return files.flatMap((file) => {
    let buffer: Buffer;
    try {
      buffer = readFileSync(path.join(ROOT, file));
    } catch {
      return []; // deleted in the working tree
    }
    if (buffer.includes(0)) return []; // binary (fixtures)
    return [{ file, text: buffer.toString("utf8") }];
  });
}

/** The relative paths in `text` that, resolved from the file's own folder, land outside the repository. */
export function escapingPaths(file: string, text: string): string[] {
  const dir = path.dirname(path.join(ROOT, file));
  return [...text.matchAll(RELATIVE)]
    .map((m) => m[0])
    .filter((rel) => {
      const resolved = path.resolve(dir, rel);
      return resolved !== ROOT && !resolved.startsWith(ROOT + path.sep);
    });
}

describe("the repository is self-contained", () => {
  const files = trackedTextFiles();

  it("finds the tracked files (git ls-files)", () => {
    expect(files.map((f) => f.file)).toContain("package.json");
  });

  it("no tracked file names the shared folder beside the repository", () => {
    const offenders = files.filter(({ text }) => SHARED.some((s) => text.includes(s))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it("no tracked file names an absolute path of the build machines", () => {
    const offenders = files.filter(({ text }) => MACHINE_PATHS.some((s) => text.includes(s))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it("no relative path in a tracked file climbs out of the repository", () => {
    const offenders = files.flatMap(({ file, text }) => escapingPaths(file, text).map((rel) => `${file}: ${rel}`));
    expect(offenders).toEqual([]);
  });

  it("the demo plan and the design notes are in the repository", () => {
    const names = files.map((f) => f.file);
    expect(names).toEqual(
      expect.arrayContaining([
        "db/seed-data/changsha-producer-services-plan-2023.txt",
        "db/seed-data/SOURCE.md",
        "docs/design.md",
        "docs/decisions.md",
      ]),
    );
  });
});
