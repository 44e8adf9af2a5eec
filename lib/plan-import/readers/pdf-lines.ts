/**
 * pdf.js gives positioned text runs, not lines. Runs whose baselines are within half a glyph
 * height belong to one line; lines read top to bottom, runs left to right.
 */

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  runs: TextRun[];
}

function joinRuns(runs: TextRun[]): string {
  let out = "";
  let lastEnd: number | null = null;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    // A visible gap between two latin words is a space; CJK text never needs one.
    const gap = lastEnd === null ? 0 : run.x - lastEnd;
    const latinJoin = /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(run.str);
    if (gap > run.height * 0.2 && latinJoin) out += " ";
    out += run.str;
    lastEnd = run.x + run.width;
  }
  return out;
}

export function runsToLines(runs: TextRun[]): string[] {
  const lines: Line[] = [];
  for (const run of runs) {
    if (run.str.trim() === "") continue;
    const tolerance = Math.max(1, run.height * 0.5);
    const line = lines.find((l) => Math.abs(l.y - run.y) <= tolerance);
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, height: run.height, runs: [run] });
  }
  // PDF y grows upwards, so the top line has the largest y.
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => joinRuns(l.runs).trim())
    .filter((s) => s.length > 0);
}
