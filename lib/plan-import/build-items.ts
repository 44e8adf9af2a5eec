import { assignUnits, type AssignedUnits } from "./assign-units";
import { readDeadline } from "./deadlines";
import { extractIndicators } from "./indicators";
import { findMilestones } from "./milestones";
import { joinItemLines, type OutlineNode } from "./outline";
import { splitParagraphItems } from "./paragraph-items";
import { SpanFinder } from "./provenance";
import { attachSpans } from "./item-spans";
import { findTextRules, removeTextRules } from "./text-rules";
import { extractUnitBlocks } from "./unit-blocks";
import type { BuildContext } from "./build-context";
import type { ItemDoubt, ItemKind, PlanItem, PlanSection, PlanWarning, SourceSpan } from "./types";

/** Outline nodes → sections and work items (units, deadline, indicators, warnings, spans). */

export type { BuildContext };

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
  /** Where the item's own lines are in the source; null when it came from a table. */
  range?: SourceSpan | null;
  children: ItemSource[];
}

function wholeSource(ctx: BuildContext): SourceSpan {
  return { start: 0, end: ctx.source.length };
}

/**
 * Records the rules a text states and puts them in force; returns the text without them. An
 * implicit unit (以下均需…) applies from the next item on, so the caller activates it afterwards.
 */
export function takeTextRules(
  text: string,
  range: SourceSpan | null,
  ctx: BuildContext,
): { text: string; implicit: string[] } {
  const found = findTextRules(text);
  if (found.length === 0) return { text, implicit: [] };
  const finder = new SpanFinder(ctx.source, range ?? wholeSource(ctx));
  const implicit: string[] = [];
  for (const rule of found) {
    const { index: _index, ...recorded } = rule;
    ctx.rules.push({ ...recorded, span: finder.find(rule.text) });
    if (rule.kind === "responsible_are_leads") ctx.unitRules = { ...ctx.unitRules, responsibleAreLeads: true };
    if (rule.kind === "implicit_unit" && rule.unit) implicit.push(rule.unit);
  }
  return { text: removeTextRules(text, found), implicit };
}

export function activateImplicitUnits(ctx: BuildContext, units: string[]): void {
  if (units.length > 0) ctx.unitRules = { ...ctx.unitRules, implicitUnits: [...ctx.unitRules.implicitUnits, ...units] };
}

function hasAnyUnits(item: PlanItem): boolean {
  return item.units.length > 0 || item.children.some(hasAnyUnits);
}

function doubtsOf(item: PlanItem, ruleApplied: boolean, guessed: boolean): ItemDoubt[] {
  const doubts: ItemDoubt[] = [];
  if (!hasAnyUnits(item)) doubts.push("no_units");
  if (item.units.some((u) => !u.resolved)) doubts.push("unknown_unit");
  if (ruleApplied) doubts.push("rule_applied");
  if (guessed) doubts.push("position_guessed");
  return doubts;
}

export function buildItem(
  source: ItemSource,
  kind: ItemKind,
  path: string,
  ctx: BuildContext,
  inherited?: AssignedUnits,
  guessed = false,
): PlanItem {
  const itemCode = path + source.code;
  const ruled = takeTextRules(source.text, source.range ?? null, ctx);
  const { text, blocks } = extractUnitBlocks(ruled.text);
  let assigned = assignUnits(blocks, ctx.resolver, itemCode, ctx.warnings, ctx.unitRules);
  const isInherited = assigned.units.length === 0 && inherited !== undefined && inherited.units.length > 0;
  if (isInherited && inherited) assigned = inherited;
  activateImplicitUnits(ctx, ruled.implicit);
  // A block may carry its own 完成时限, so the deadline reads the blocks too.
  const dueText = [text, source.dueText ?? "", ...blocks.map((b) => b.content)].join("\n");
  const deadline = readDeadline(dueText, { planYear: ctx.planYear, fallback: ctx.periodEnd });
  const indicators = extractIndicators(text, ctx.planYear, deadline.dueOn ?? ctx.periodEnd);
  const children = source.children.flatMap((c) =>
    buildItems(c, kind, itemCode, ctx, assigned.units.length > 0 ? assigned : undefined),
  );
  const item: PlanItem = {
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
    dueSpan: null,
    ongoing: deadline.ongoing,
    indicators,
    persons: isInherited ? [] : assigned.persons.map((p) => ({ ...p, span: null })),
    milestones: findMilestones(dueText, ctx.planYear).map((m) => ({ ...m, span: null })),
    doubts: [],
    span: source.range ?? null,
    children,
  };
  // A rule read from this item's own text, or one that changed its units, makes its reading a guess.
  item.doubts = doubtsOf(item, assigned.ruleApplied || ruled.text !== source.text, guessed);
  attachSpans(item, new SpanFinder(ctx.source, source.range ?? wholeSource(ctx)), deadline.phrase, ctx);
  return item;
}

/** The range of each paragraph segment: from where its first words are to where the next begins. */
function segmentRanges(segments: string[], range: SourceSpan | null, ctx: BuildContext): Array<SourceSpan | null> {
  if (!range || segments.length === 1) return segments.map(() => range);
  const finder = new SpanFinder(ctx.source, range);
  const starts: number[] = [];
  let cursor = range.start;
  for (const segment of segments) {
    const found = finder.find(segment.slice(0, 12), cursor);
    cursor = found ? found.start : cursor;
    starts.push(cursor);
  }
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : range.end }));
}

/** An outline item and the paragraphs after it that carry their own block (form 1). */
export function buildItems(
  source: ItemSource,
  kind: ItemKind,
  path: string,
  ctx: BuildContext,
  inherited?: AssignedUnits,
): PlanItem[] {
  const segments = splitParagraphItems(source.text);
  const ranges = segmentRanges(segments, source.range ?? null, ctx);
  return segments.map((text, i) =>
    buildItem(
      {
        ...source,
        text,
        code: i === 0 ? source.code : `${source.code}-${i + 1}`,
        range: ranges[i],
        children: i === 0 ? source.children : [],
      },
      kind,
      path,
      ctx,
      inherited,
      i > 0,
    ),
  );
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

function rangeOf(node: OutlineNode, ctx: BuildContext): SourceSpan | null {
  if (node.firstLine === undefined || node.lastLine === undefined) return null;
  const last = node.lastLine;
  const end = last + 1 < ctx.lineOffsets.length ? ctx.lineOffsets[last + 1] - 1 : ctx.source.length;
  return { start: ctx.lineOffsets[node.firstLine], end };
}

export function nodeToSource(node: OutlineNode, ctx: BuildContext): ItemSource {
  return {
    code: node.code,
    text: joinItemLines([node.head, ...node.lines]),
    range: rangeOf(node, ctx),
    children: node.children.map((c) => nodeToSource(c, ctx)),
  };
}

export function buildSection(node: OutlineNode, ctx: BuildContext): PlanSection {
  const title = firstSentence(node.head);
  const kind = kindForSection(title);
  const rawIntro = joinItemLines(
    [node.head.slice(title.length).replace(/^[。\s]+/, ""), ...node.lines].filter(Boolean),
  );
  const ruled = takeTextRules(rawIntro, rangeOf(node, ctx), ctx);
  activateImplicitUnits(ctx, ruled.implicit);
  const items = node.children.flatMap((child) => {
    const source = nodeToSource(child, ctx);
    // Under 总体要求, a (三)发展目标 item is a goal even though the section is not.
    const itemKind = kind === "task" && /目标/.test(firstSentence(child.head)) ? "goal" : kind;
    return buildItems(source, itemKind, node.code, ctx);
  });
  warnUnassigned(items, node.code, ctx.warnings);
  return { code: node.code, title, kind, intro: ruled.text, items };
}
