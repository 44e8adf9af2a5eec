import { NO_RULES } from "./assign-units";
import { activateImplicitUnits, buildSection, takeTextRules, type BuildContext } from "./build-items";
import { rewriteFlatTableRows } from "./flat-table-rows";
import { readDate } from "./dates";
import { createDepartmentResolver } from "./department-resolver";
import { extractMetadata } from "./metadata";
import { buildOutline, isClosingClause, readMarker, type OutlineNode } from "./outline";
import { tablesToSections } from "./table-plan";
import { isNoiseLine, toCanonicalLines } from "./text-normalize";
import type { ParseOptions, PlanDraft, PlanSection, PlanSource, PlanWarning } from "./types";

/** Entry points: plan text (or a reader's PlanSource) + department directory → plan draft. */

const APPENDIX = /^附(?:件|表)\s*\d*\s*(?::|$)/;
const FOOTER = /^(?:抄送|主送|印发|发送):|印发$/;

/** Lines of the body (with their index): chrome, signatures, dates and the closing clause are not work items. */
function bodyLines(lines: string[], issuer: string | null): { lines: string[]; indexes: number[] } {
  const out: string[] = [];
  const indexes: number[] = [];
  let inBody = false;
  for (const [index, line] of lines.entries()) {
    const marker = readMarker(line);
    if (marker?.rank === 1) inBody = true;
    if (inBody && (APPENDIX.test(line) || FOOTER.test(line))) break;
    if (isNoiseLine(line) || line === issuer) continue;
    const reading = readDate(line);
    if (reading.date || reading.ambiguous) continue;
    if (isClosingClause(marker ? marker.rest : line)) continue;
    out.push(line);
    indexes.push(index);
  }
  return { lines: out, indexes };
}

function planYearOf(draft: { periodStart: string | null; issuedOn: string | null }): number | null {
  const date = draft.periodStart ?? draft.issuedOn;
  return date ? Number(date.slice(0, 4)) : null;
}

function outlineSections(roots: OutlineNode[], ctx: BuildContext): PlanSection[] {
  const sections = roots.filter((r) => r.rank === 1);
  if (sections.length > 0) return sections.map((s) => buildSection(s, ctx));
  if (roots.length === 0) return [];
  // No 一、 headings: keep the numbered items under one untitled section rather than lose them.
  ctx.warnings.push({ code: "no_sections", message: "未识别到“一、”级标题,所有事项归入同一部分,请核对" });
  return [buildSection({ rank: 1, code: "", head: "", lines: [], children: roots, firstLine: undefined }, ctx)];
}

function lineOffsets(lines: string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  return offsets;
}

function parseSource(source: PlanSource, options: ParseOptions): PlanDraft {
  const warnings: PlanWarning[] = [];
  const original = toCanonicalLines(source.text);
  // Flattened table rows are read as items; spans still point at the lines as written.
  const lines = rewriteFlatTableRows(original);
  const meta = extractMetadata(lines, warnings);
  const text = original.join("\n");
  const ctx: BuildContext = {
    resolver: createDepartmentResolver(options.directory),
    warnings,
    planYear: planYearOf(meta),
    periodEnd: meta.periodEnd,
    source: text,
    lineOffsets: lineOffsets(original),
    rules: [],
    unitRules: NO_RULES,
  };
  const fromTables = tablesToSections(source.tables, ctx);
  let sections: PlanSection[];
  if (fromTables) {
    sections = fromTables;
    warnings.push({ code: "table_used", message: "已按任务分解表导入事项,正文中的条目未重复导入" });
  } else {
    const body = bodyLines(lines, meta.issuer);
    const outline = buildOutline(body.lines, body.indexes);
    // A rule stated before the numbered body (a note, the covering notice) holds for the whole plan.
    activateImplicitUnits(ctx, takeTextRules(outline.preamble.join("\n"), null, ctx).implicit);
    sections = outlineSections(outline.roots, ctx);
  }
  if (sections.length === 0) warnings.push({ code: "no_items", message: "未识别到任何事项,请检查文件内容" });
  for (const rule of ctx.rules)
    warnings.push({ code: "rule_applied", message: `已按文中规则“${rule.text}”读取责任单位,请核对` });
  return { ...meta, sections, warnings, rules: ctx.rules, source: text };
}

/** Parses plan text (a .txt file's content, or text pasted by an operator). */
export function parsePlanText(text: string, options: ParseOptions): PlanDraft {
  return parseSource({ text, tables: [] }, options);
}

/**
 * Parses what `readPlanFile` returned. A recognised 任务分解表 (columns 任务/牵头单位/…) wins over the
 * numbered body, because the table is where plans put the units and deadlines per task.
 */
export function parsePlanDocument(source: PlanSource | string, options: ParseOptions): PlanDraft {
  return typeof source === "string" ? parsePlanText(source, options) : parseSource(source, options);
}
