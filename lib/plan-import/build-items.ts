import { assignUnits, type AssignedUnits } from "./assign-units";
import { findDeadline } from "./deadlines";
import type { DepartmentResolver } from "./department-resolver";
import { extractIndicators } from "./indicators";
import { joinItemLines, type OutlineNode } from "./outline";
import { extractUnitBlocks } from "./unit-blocks";
import type { ItemKind, PlanItem, PlanSection, PlanWarning } from "./types";

/** Outline nodes → sections and work items (units, deadline, indicators, warnings). */

export interface BuildContext {
  resolver: DepartmentResolver;
  warnings: PlanWarning[];
  planYear: number | null;
  periodEnd: string | null;
}

/** 总体目标 → goal, 主要任务 → task, 重点工程 → project, 保障措施 → measure; anything else → task. */
export function kindForSection(title: string): ItemKind {
  if (/保障/.test(title)) return "measure";
  if (/工程|项目/.test(title)) return "project";
  if (/任务/.test(title)) return "task";
  if (/目标/.test(title)) return "goal";
  if (/措施/.test(title)) return "measure";
  return "task";
}

export function firstSentence(text: string): string {
  const first = text.split(/[。\n]/).find((s) => s.trim().length > 0) ?? "";
  return first.replace(/[,;:、\s]+$/, "").trim();
}

export interface ItemSource {
  code: string;
  text: string;
  /** Extra text that only informs the deadline (a table's 完成时限 column). */
  dueText?: string;
  children: ItemSource[];
}

export function buildItem(source: ItemSource, kind: ItemKind, path: string, ctx: BuildContext, inherited?: AssignedUnits): PlanItem {
  const itemCode = path + source.code;
  const { text, blocks } = extractUnitBlocks(source.text);
  let assigned = assignUnits(blocks, ctx.resolver, itemCode, ctx.warnings);
  const isInherited = assigned.units.length === 0 && inherited !== undefined && inherited.units.length > 0;
  if (isInherited && inherited) assigned = inherited;
  // A block may carry its own 完成时限, so the deadline reads the blocks too.
  const dueText = [text, source.dueText ?? "", ...blocks.map((b) => b.content)].join("\n");
  const deadline = findDeadline(dueText, { planYear: ctx.planYear, fallback: ctx.periodEnd });
  const indicators = extractIndicators(text, ctx.planYear, deadline.dueOn ?? ctx.periodEnd);
  const children = source.children.map((c) => buildItem(c, kind, itemCode, ctx, assigned.units.length > 0 ? assigned : undefined));
  return {
    code: source.code,
    kind,
    title: firstSentence(text) || text.slice(0, 40),
    text,
    lead: assigned.lead,
    support: assigned.support,
    units: assigned.units,
    unitsInherited: isInherited,
    unitsText: isInherited ? null : assigned.unitsText,
    dueOn: deadline.dueOn,
    ongoing: deadline.ongoing,
    indicators,
    children,
  };
}

function hasAnyUnits(item: PlanItem): boolean {
  return item.units.length > 0 || item.children.some(hasAnyUnits);
}

/**
 * One no_units warning per gap: at the highest item whose whole subtree names no unit; where only
 * some sub-items have units, at each sub-item that lacks them.
 */
export function warnUnassigned(items: PlanItem[], path: string, warnings: PlanWarning[]): void {
  for (const item of items) {
    if (item.units.length > 0) continue;
    const itemCode = path + item.code;
    if (hasAnyUnits(item)) warnUnassigned(item.children, itemCode, warnings);
    else warnings.push({ code: "no_units", message: "该事项未列明责任单位,请指定牵头单位和配合单位", itemCode });
  }
}

export function nodeToSource(node: OutlineNode): ItemSource {
  return {
    code: node.code,
    text: joinItemLines([node.head, ...node.lines]),
    children: node.children.map(nodeToSource),
  };
}

export function buildSection(node: OutlineNode, ctx: BuildContext): PlanSection {
  const title = firstSentence(node.head);
  const kind = kindForSection(title);
  const intro = joinItemLines([node.head.slice(title.length).replace(/^[。\s]+/, ""), ...node.lines].filter(Boolean));
  const items = node.children.map((child) => {
    const source = nodeToSource(child);
    // Under 总体要求, a (三)发展目标 item is a goal even though the section is not.
    const itemKind = kind === "task" && /目标/.test(firstSentence(child.head)) ? "goal" : kind;
    return buildItem(source, itemKind, node.code, ctx);
  });
  warnUnassigned(items, node.code, ctx.warnings);
  return { code: node.code, title, kind, intro, items };
}
