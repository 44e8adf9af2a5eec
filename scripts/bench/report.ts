/** The bench's results: one Markdown table for the terminal, JSON for the file. */
import type { JobTiming } from "./jobs";

export interface LevelResult {
  users: number;
  requests: number;
  errors: number;
  medianMs: number | null;
  p95Ms: number | null;
  medianBytes: number | null;
  peakRssMb: number;
  serverCrashed: boolean;
  firstError?: string;
}

export interface TargetResult {
  name: string;
  path: string;
  role: string;
  username: string;
  levels: LevelResult[];
}

export interface SqlComparison {
  page: string;
  sqlMs: number;
  sqlRows: number;
  appMedianMs: number | null;
  ratio: number | null;
}

const s = (ms: number | null) =>
  ms === null || Number.isNaN(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
const size = (b: number | null) =>
  b === null ? "–" : b >= 1_048_576 ? `${(b / 1_048_576).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`;

export function markdown(
  results: TargetResult[],
  levels: number[],
  sqlRows: SqlComparison[],
  jobs: JobTiming[],
): string {
  const head = [
    "page",
    "as",
    ...levels.flatMap((u) => [`${u} user${u > 1 ? "s" : ""}: median / p95`, "bytes", "errors", "peak RSS"]),
  ];
  const lines = [`| ${head.join(" | ")} |`, `| ${head.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`];
  for (const r of results) {
    const cells = levels.flatMap((u) => {
      const l = r.levels.find((x) => x.users === u);
      if (!l) return ["–", "–", "–", "–"];
      return [
        `${s(l.medianMs)} / ${s(l.p95Ms)}`,
        size(l.medianBytes),
        `${l.errors}/${l.requests}${l.serverCrashed ? " (server died)" : ""}`,
        `${l.peakRssMb} MB`,
      ];
    });
    lines.push(`| ${r.name} | ${r.role} | ${cells.join(" | ")} |`);
  }
  if (sqlRows.length) {
    lines.push(
      "",
      "| question | plain SQL | rows | app (1 user, median) | app / SQL |",
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const c of sqlRows)
      lines.push(
        `| ${c.page} | ${s(c.sqlMs)} | ${c.sqlRows} | ${s(c.appMedianMs)} | ${c.ratio === null ? "–" : `${c.ratio.toFixed(1)}×`} |`,
      );
  }
  if (jobs.length) {
    lines.push("", "| job | day | time | result |", "| --- | --- | ---: | --- |");
    for (const j of jobs)
      lines.push(
        `| ${j.job} | ${j.today} | ${s(j.ms)} | ${j.error ? `error: ${j.error}` : JSON.stringify(j.result ?? null)} |`,
      );
  }
  return lines.join("\n");
}
