/** Bracket-aware helpers: unit lists contain nested brackets such as 各县(市、区)政府. */

/** Index of the ")" matching the "(" at `open`, or -1 when the text is cut off before it closes. */
export function findClosingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits on any separator character that is not inside brackets. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Drops an unclosed "(" and everything after it (a cut-off name), and a stray unmatched ")". */
export function trimUnbalanced(text: string): string {
  let depth = 0;
  let lastOpenAtZero = -1;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") {
      if (depth === 0) lastOpenAtZero = out.length;
      depth++;
    } else if (ch === ")") {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return depth > 0 && lastOpenAtZero >= 0 ? out.slice(0, lastOpenAtZero) : out;
}
