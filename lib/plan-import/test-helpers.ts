import path from "node:path";
import { readFileSync } from "node:fs";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import type { DepartmentDirectory, PlanDraft, PlanItem } from "./types";

/** Test-only helpers (not exported from index). */

export const REPO_ROOT = path.resolve(__dirname, "../..");
// PLAN_SEED_PATH lets a checkout outside the usual layout (a git worktree) point at the seed plan.
export const SEED_PATH = process.env.PLAN_SEED_PATH ?? path.resolve(REPO_ROOT, "../shared/seed/changsha-producer-services-plan-2023.txt");

export function readSeed(): string {
  return readFileSync(SEED_PATH, "utf8");
}

export const DISTRICTS = [
  "芙蓉区人民政府",
  "天心区人民政府",
  "岳麓区人民政府",
  "开福区人民政府",
  "雨花区人民政府",
  "望城区人民政府",
  "长沙县人民政府",
  "浏阳市人民政府",
  "宁乡市人民政府",
];

/** A small plan around one item, so each test reads like the document it imitates. */
export function parseItem(body: string, directory: DepartmentDirectory = CHANGSHA_DIRECTORY) {
  const draft: PlanDraft = parsePlanText(`测试行动计划(2024—2026年)\n一、主要任务\n${body}`, { directory });
  const item: PlanItem = draft.sections[0].items[0];
  // Metadata warnings (no 文号 in a snippet) are noise here; keep the ones about items.
  return { draft, item, warnings: draft.warnings.filter((w) => w.itemCode !== undefined) };
}

export function allItems(draft: PlanDraft): PlanItem[] {
  const walk = (items: PlanItem[]): PlanItem[] => items.flatMap((i) => [i, ...walk(i.children)]);
  return walk(draft.sections.flatMap((s) => s.items));
}
