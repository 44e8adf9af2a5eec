import type { SourceSpan } from "./types";

/**
 * Finds where a field was read in the plan's source text. Item texts are the source lines with
 * wrapped lines joined and blocks taken out, so a field is searched for in the item's own range
 * of the source, allowing a line break between any two characters.
 */

const PATTERNS = new Map<string, RegExp>();

function patternFor(needle: string): RegExp {
  let re = PATTERNS.get(needle);
  if (!re) {
    const chars = [...needle].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(chars.join("\\n?"), "g");
    if (PATTERNS.size > 5000) PATTERNS.clear();
    PATTERNS.set(needle, re);
  }
  return re;
}

export class SpanFinder {
  private readonly slice: string;

  constructor(
    private readonly source: string,
    private readonly range: SourceSpan,
  ) {
    this.slice = source.slice(range.start, range.end);
  }

  /** The first occurrence at or after `from` (an absolute offset), or null. */
  find(needle: string, from = this.range.start): SourceSpan | null {
    if (!needle) return null;
    const local = Math.max(0, from - this.range.start);
    const plain = this.slice.indexOf(needle, local);
    if (plain !== -1) return { start: this.range.start + plain, end: this.range.start + plain + needle.length };
    // Not written in one piece: the name may run over a line break.
    if (!this.slice.includes(needle[0], local)) return null;
    const re = patternFor(needle);
    re.lastIndex = local;
    const m = re.exec(this.slice);
    if (!m) return null;
    return { start: this.range.start + m.index, end: this.range.start + m.index + m[0].length };
  }

  /** Like find, trying shorter forms of a name when the full one is not written as such. */
  findName(name: string, variants: string[], from?: number): SourceSpan | null {
    for (const candidate of [name, ...variants]) {
      const span = this.find(candidate, from) ?? (from !== undefined ? this.find(candidate) : null);
      if (span) return span;
    }
    return null;
  }
}

/** Forms a unit name takes in the text when the list shares a suffix or a bracket: 芙蓉区人民政府 → 芙蓉区. */
export function nameVariants(name: string): string[] {
  const out: string[] = [];
  const bare = name.replace(/(人民政府|政府|管委会|管理委员会)$/, "");
  if (bare !== name && bare.length >= 2) out.push(bare);
  const outer = name.replace(/\([^()]*\)$/, "");
  if (outer !== name) out.push(outer);
  return out;
}
