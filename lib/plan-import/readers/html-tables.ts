import type { TableRows } from "../types";

/**
 * Tables from mammoth's HTML. Merged cells (rowspan/colspan) are copied into every cell they
 * cover, so each row reads on its own; nested tables are read as their own tables.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .trim();
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
}

function parseTable(tableHtml: string): TableRows {
  const rows: string[][] = [];
  // Cells still covered by a rowspan from above: column → [text, rows left].
  const pending = new Map<number, { text: string; left: number }>();
  for (const rowMatch of tableHtml.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const row: string[] = [];
    const cells = [...rowMatch[1].matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/gi)];
    let cellIndex = 0;
    for (let col = 0; cellIndex < cells.length || pending.has(col); col++) {
      const carried = pending.get(col);
      if (carried) {
        row[col] = carried.text;
        if (--carried.left === 0) pending.delete(col);
        continue;
      }
      const [, attrs, inner] = cells[cellIndex++];
      const text = htmlToText(inner);
      const [rowspan, colspan] = [spanOf(attrs, "rowspan"), spanOf(attrs, "colspan")];
      for (let k = 0; k < colspan; k++) {
        row[col + k] = text;
        if (rowspan > 1) pending.set(col + k, { text, left: rowspan - 1 });
      }
      col += colspan - 1;
    }
    rows.push(row.map((c) => c ?? ""));
  }
  return { rows };
}

export function parseHtmlTables(html: string): TableRows[] {
  // Innermost tables first: a table whose body holds no further <table>.
  return [...html.matchAll(/<table[^>]*>((?:(?!<table)[\s\S])*?)<\/table>/gi)].map((m) => parseTable(m[1]));
}
