import path from "node:path";
import { readFileSync } from "node:fs";
import { CHANGSHA_DIRECTORY } from "./changsha-directory";
import { parsePlanText } from "./parse-plan";
import type { DepartmentDirectory, PlanDraft, PlanItem } from "./types";

/** Test-only helpers (not exported from index). */

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const SEED_PATH = path.resolve(REPO_ROOT, "db/seed-data/changsha-producer-services-plan-2023.txt");

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

/**
 * A revised Changsha plan: one task re-worded (二(五)), one deadline moved (二(七)), one unit added
 * (三(一)) and one task removed (三(二)); the items after the removed one are renumbered.
 */
export function reviseChangsha(seed: string): string {
  const lines = seed.split("\n");
  const out: string[] = [];
  let inProjects = false;
  let removed = false;
  for (const line of lines) {
    if (line.startsWith("三、重点工程")) inProjects = true;
    if (line.startsWith("四、")) inProjects = false;
    if (inProjects && line.startsWith("(二)实施主体培育工程")) {
      removed = true;
      continue;
    }
    // The items after the removed one are renumbered, as a revised document would be.
    const renumbered =
      inProjects && removed
        ? line.replace(/^\((三|四|五|六)\)/, (_, n: string) => `(${"二三四五"["三四五六".indexOf(n)]})`)
        : line;
    out.push(renumbered);
  }
  return out
    .join("\n")
    .replace("布局元宇宙等未来产业", "布局人工智能等未来产业")
    .replace(
      "(责任单位:市发展改革委、市工业和信息化局、市科技局、市商务局、湖南湘江新区管委会、各区县市人民政府)\n",
      "(责任单位:市发展改革委、市工业和信息化局、市科技局、市商务局、湖南湘江新区管委会、各区县市人民政府、市文旅广电局)\n",
    )
    .replace("力争到2025年,全市外贸进出口总额", "力争到2024年,全市外贸进出口总额");
}
