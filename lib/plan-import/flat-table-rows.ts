import { UNIT_LABEL } from "./labels";

/**
 * Form 6, flattened: a 任务分解表 that reached us as text rows, one row a line with its cells
 * separated by `|` and each value after its label cell:
 *   重点工作: | 12.推进… | 牵头单位: | 市发改委 | 配合单位: | 市工信局 | 完成时限: | 二季度:… |
 * Each row is rewritten as the numbered item with its block the rest of the parser reads.
 */

const TASK_LABEL = /^(?:重点工作|重点任务|工作任务|主要任务|具体任务|任务|工作内容|具体措施|工作措施)$/;
const UNIT_LABEL_CELL = new RegExp(`^${UNIT_LABEL}$`);
const DUE_LABEL = /^(?:完成时限|完成时间|时间节点|时限|完成期限|进度安排|时间安排)$/;

function labelledCells(line: string): Map<string, string> | null {
  const cells = line
    .split("|")
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const out = new Map<string, string>();
  for (let i = 0; i < cells.length - 1; i++) {
    const label = /^(.+?):$/.exec(cells[i])?.[1];
    if (label && !cells[i + 1].endsWith(":")) out.set(label, cells[++i]);
  }
  return out.size > 0 ? out : null;
}

/** The row rewritten as `12.任务。完成时限:…(牵头单位:…;配合单位:…)`, or null when the line is no such row. */
export function readFlatTableRow(line: string): string | null {
  if ((line.match(/\|/g) ?? []).length < 3) return null;
  const cells = labelledCells(line);
  if (!cells) return null;
  const task = [...cells].find(([label]) => TASK_LABEL.test(label))?.[1];
  const units = [...cells].filter(([label]) => UNIT_LABEL_CELL.test(label)).map(([l, v]) => `${l}:${v}`);
  if (!task || units.length === 0) return null;
  const due = [...cells].find(([label]) => DUE_LABEL.test(label));
  const numbered = /^\d{1,3}[.、]/.test(task) ? task : `${task}`;
  const head = numbered.replace(/[。\s]+$/, "") + "。";
  return `${head}${due ? `${due[0]}:${due[1].replace(/[。\s]+$/, "")}。` : ""}(${units.join(";")})`;
}

/** Lines with every flattened table row rewritten; other lines unchanged (same count, same order). */
export function rewriteFlatTableRows(lines: string[]): string[] {
  return lines.map((line) => readFlatTableRow(line) ?? line);
}
