import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const ACTIONS_DIR = path.join(ROOT, "lib", "actions");
const MATRIX_DIR = path.join(ROOT, "lib", "authz", "matrix");

/** Every exported server action in lib/actions ("use server" files). */
function serverActions(): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  for (const file of readdirSync(ACTIONS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const text = readFileSync(path.join(ACTIONS_DIR, file), "utf8");
    if (!/^\s*["']use server["']/.test(text)) continue;
    for (const match of text.matchAll(/export const (\w+)\s*=/g)) out.push({ file, name: match[1]! });
  }
  return out;
}

describe("the authorisation matrix walks every mutation", () => {
  it("names each server action in some lib/authz/matrix/*.matrix.test.ts", () => {
    const matrixText = readdirSync(MATRIX_DIR)
      .filter((f) => f.endsWith(".matrix.test.ts"))
      .map((f) => readFileSync(path.join(MATRIX_DIR, f), "utf8"))
      .join("\n");
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(10);
    const missing = actions
      .filter((a) => !new RegExp(`\\b${a.name}\\b`).test(matrixText))
      .map((a) => `${a.file}: ${a.name}`);
    expect(missing, "add a matrix case for each new server action").toEqual([]);
  });
});
