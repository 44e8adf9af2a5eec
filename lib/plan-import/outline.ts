import { startsWithLabel } from "./labels";

/**
 * The numbered outline of a plan body: 一、 (sections) › (一) › 1. › (1) › ①. Levels nest by marker
 * type, not by position, so a plan that goes 一、 › 1. directly still builds the right tree.
 */

export interface OutlineNode {
  rank: number;
  code: string;
  head: string;
  lines: string[];
  children: OutlineNode[];
  /** Indexes (in the caller's numbering) of the head line and the node's last own line. */
  firstLine?: number;
  lastLine?: number;
}

const MARKERS: Array<{ rank: number; re: RegExp; code: (m: RegExpExecArray) => string }> = [
  { rank: 1, re: /^([一二三四五六七八九十]{1,3})、\s*(.*)$/, code: (m) => m[1] },
  { rank: 2, re: /^\(([一二三四五六七八九十]{1,3})\)\s*(.*)$/, code: (m) => `(${m[1]})` },
  { rank: 3, re: /^(\d{1,2})[.、](?!\d)\s*(.*)$/, code: (m) => `${m[1]}.` },
  { rank: 4, re: /^\((\d{1,2})\)\s*(.*)$/, code: (m) => `(${m[1]})` },
  { rank: 5, re: /^([①-⑳])\s*(.*)$/, code: (m) => m[1] },
];

export function readMarker(line: string): { rank: number; code: string; rest: string } | null {
  for (const marker of MARKERS) {
    const m = marker.re.exec(line);
    if (m) return { rank: marker.rank, code: marker.code(m), rest: m[2] };
  }
  return null;
}

/** `本方案自印发之日起施行` and similar: metadata, never a section or a work item. */
export function isClosingClause(text: string): boolean {
  return (
    /^本(?:文件|方案|计划|行动计划|实施方案|工作方案|意见|办法|措施|若干措施|规定|细则|通知|政策)?[^。]{0,40}(?:施行|实施|执行|生效|解释|有效期)/.test(
      text,
    ) || /^(?:本[^。]{0,12})?有效期/.test(text)
  );
}

/**
 * Builds the tree from body lines; lines before the first marker are returned as `preamble`.
 * `indexes` numbers the lines (their place in the document) so nodes can say where they are.
 */
export function buildOutline(lines: string[], indexes?: number[]): { roots: OutlineNode[]; preamble: string[] } {
  const roots: OutlineNode[] = [];
  const preamble: string[] = [];
  const stack: OutlineNode[] = [];
  for (const [i, line] of lines.entries()) {
    const at = indexes ? indexes[i] : i;
    const marker = readMarker(line);
    if (!marker) {
      const current = stack[stack.length - 1];
      if (current) {
        current.lines.push(line);
        current.lastLine = at;
      } else preamble.push(line);
      continue;
    }
    const node: OutlineNode = {
      rank: marker.rank,
      code: marker.code,
      head: marker.rest,
      lines: [],
      children: [],
      firstLine: at,
      lastLine: at,
    };
    while (stack.length > 0 && stack[stack.length - 1].rank >= node.rank) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return { roots, preamble };
}

const TERMINAL = /[。;:!?)」”〕\]]$/;

/**
 * Joins an item's lines. A PDF wraps sentences across lines (join without a break); a short
 * heading line or a finished sentence ends a paragraph (keep the break).
 */
export function joinItemLines(lines: string[]): string {
  let out = "";
  for (const line of lines) {
    if (!out) out = line;
    else {
      const lastLine = out.slice(out.lastIndexOf("\n") + 1);
      // A label line (牵头单位:…) is a paragraph of its own, however long its list of units.
      const paragraphEnds =
        TERMINAL.test(lastLine) ||
        (lastLine.length < 20 && !/[,、]$/.test(lastLine)) ||
        (startsWithLabel(lastLine) && !/[,、;]$/.test(lastLine)) ||
        startsWithLabel(line);
      out += (paragraphEnds ? "\n" : "") + line;
    }
  }
  return out;
}
