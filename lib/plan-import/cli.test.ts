import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SEED_PATH } from "./test-helpers";

function runCli(...args: string[]) {
  const tsx = path.join(REPO_ROOT, "node_modules/.bin/tsx");
  return spawnSync(tsx, ["scripts/plan-parse.ts", ...args], { cwd: REPO_ROOT, encoding: "utf8" });
}

describe("plan:parse CLI", () => {
  it("prints only the draft as JSON, using the Changsha directory by default", () => {
    const result = runCli(SEED_PATH);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const draft = JSON.parse(result.stdout);
    expect(draft.docNumber).toBe("长政办发〔2023〕24号");
    expect(draft.sections[1].items[3].lead).toEqual(["市政府物流口岸办"]);
  });

  it("accepts another directory as JSON", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plan-cli-"));
    const directoryFile = path.join(dir, "directory.json");
    writeFileSync(directoryFile, JSON.stringify({ departments: [{ name: "市商务局" }], groups: [] }));
    const planFile = path.join(dir, "plan.txt");
    writeFileSync(planFile, "某方案\n一、主要任务\n(一)推进工作。(责任单位:市商务局、市科技局)");
    const result = runCli(planFile, "--directory", directoryFile);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).warnings.map((w: { code: string }) => w.code)).toContain("unknown_unit");
  });

  it.each([
    ["a missing file", "/nonexistent/plan.txt"],
    ["an empty file", "empty"],
  ])("exits non-zero with one line on stderr for %s", (_label, file) => {
    let target = file;
    if (file === "empty") {
      target = path.join(mkdtempSync(path.join(tmpdir(), "plan-cli-")), "empty.txt");
      writeFileSync(target, "");
    }
    const result = runCli(target);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
