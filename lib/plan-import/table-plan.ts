import { buildItem, kindForSection, warnUnassigned, type BuildContext, type ItemSource } from "./build-items";
import { toChineseNumber } from "./numerals";
import { collapseSpaces, normalizePunctuation } from "./text-normalize";
import type { PlanSection, TableRows } from "./types";

/**
 * A 任务分解表 (序号 / 重点任务 / 具体任务 / 牵头单位 / 配合单位 / 责任单位 / 完成时限) → sections and
 * items. Columns are found by their header names, so column order and extra columns do not matter.
 */

type Role = "seq" | "task" | "lead" | "support" | "responsible" | "due" | "target";

const HEADER_PATTERNS: Array<[Role, RegExp]> = [
  ["seq", /^(序号|编号)$/],
  ["lead", /牵头(单位|部门)|主责(单位|部门)/],
  ["support", /(配合|参与|协同|协办)(单位|部门)/],
  ["responsible", /责任(单位|部门)|承办单位/],
  ["due", /完成时限|完成时间|时间节点|时限|完成期限|进度安排|时间安排/],
  ["target", /^(目标|指标|预期目标|目标值|量化指标|工作目标)$/],
  ["task", /任务|措施|内容|事项|工作|项目|工程/],
];

interface Columns {
  seq?: number;
  category?: number;
  task: number;
  lead?: number;
  support?: number;
  responsible?: number;
  due?: number;
  target?: number;
}

function readHeader(row: string[]): Columns | null {
  const found: Partial<Record<Role, number[]>> = {};
  row.forEach((cell, i) => {
    const role = HEADER_PATTERNS.find(([, re]) => re.test(cell))?.[0];
    if (role) (found[role] ??= []).push(i);
  });
  const tasks = found.task ?? [];
  const hasUnits = found.lead || found.responsible || found.support;
  if (tasks.length === 0 || !hasUnits) return null;
  const first = (r: Role) => found[r]?.[0];
  // Two task-like columns (重点任务 | 具体措施): the first groups rows, the last is the item.
  return {
    seq: first("seq"),
    category: tasks.length > 1 ? tasks[0] : undefined,
    task: tasks[tasks.length - 1],
    lead: first("lead"),
    support: first("support"),
    responsible: first("responsible"),
    due: first("due"),
    target: first("target"),
  };
}

function cell(row: string[], index: number | undefined): string {
  return index === undefined ? "" : collapseSpaces(normalizePunctuation(row[index] ?? ""));
}

/** The units block the text parser understands, built from the unit columns. */
function unitsBlock(row: string[], cols: Columns): string {
  const parts = [
    cell(row, cols.lead) && `牵头单位:${cell(row, cols.lead)}`,
    cell(row, cols.support) && `配合单位:${cell(row, cols.support)}`,
    cell(row, cols.responsible) && `责任单位:${cell(row, cols.responsible)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `(${parts.join(";")})` : "";
}

function rowToSource(row: string[], cols: Columns, index: number): ItemSource | null {
  const task = cell(row, cols.task).replace(/^\d+[.、]\s*/, "");
  if (!task) return null;
  const target = cell(row, cols.target);
  const text = [task, target].filter(Boolean).join("\n") + unitsBlock(row, cols);
  const seq = cell(row, cols.seq);
  return { code: seq || String(index), text, dueText: cell(row, cols.due), children: [] };
}

function tableSections(table: TableRows, ctx: BuildContext): PlanSection[] | null {
  const headerIndex = table.rows.findIndex((r) => readHeader(r) !== null);
  if (headerIndex === -1) return null;
  const cols = readHeader(table.rows[headerIndex]) as Columns;
  const header = table.rows[headerIndex].join("|");
  const groups = new Map<string, ItemSource[]>();
  let index = 0;
  let lastCategory = "任务分解表";
  for (const row of table.rows.slice(headerIndex + 1)) {
    // A header repeated after a page break, or a merged title row, is not a task.
    if (row.join("|") === header || new Set(row).size === 1) continue;
    const source = rowToSource(row, cols, ++index);
    if (!source) continue;
    // Merged category cells that reached us empty belong to the row above.
    const category = cell(row, cols.category) || lastCategory;
    lastCategory = category;
    groups.set(category, [...(groups.get(category) ?? []), source]);
  }
  return [...groups.entries()].map(([title, sources], i) => {
    const code = toChineseNumber(i + 1);
    const kind = kindForSection(title);
    const items = sources.map((s) => buildItem(s, kind, code, ctx));
    warnUnassigned(items, code, ctx.warnings);
    return { code, title, kind, intro: "", items };
  });
}

/** Sections from the first table that looks like a 任务分解表, or null when there is none. */
export function tablesToSections(tables: TableRows[], ctx: BuildContext): PlanSection[] | null {
  for (const table of tables) {
    const sections = tableSections(table, ctx);
    if (sections && sections.some((s) => s.items.length > 0)) return sections;
  }
  return null;
}
