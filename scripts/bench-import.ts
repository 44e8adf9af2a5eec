/**
 * npm run bench:import — median parse time of the seed plan (goal < 20 ms) and of a synthetic
 * 2,000-item plan (goal < 1 s). Exits 1 when a goal is missed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { CHANGSHA_DIRECTORY, parsePlanText, type PlanItem } from "@/lib/plan-import";
import { FORM_SAMPLE } from "@/lib/plan-import/forms/documents";
import { TEST_CITY } from "@/lib/plan-import/forms/test-city";
import { toChineseNumber } from "@/lib/plan-import/numerals";

const SEED = path.resolve(__dirname, "../db/seed-data/changsha-producer-services-plan-2023.txt");
const UNITS = "市发展改革委、市工业和信息化局、市商务局、湖南湘江新区管委会、各区县市人民政府";

/** 4 sections × 20 items × 24 sub-items = 2,000 work items, each with units and two indicators. */
function syntheticPlan(): string {
  const lines = ["长沙市某某三年行动计划(2023—2025年)", "长政办发〔2023〕99号", "2023年7月12日"];
  ["主要任务", "重点工程", "保障措施", "重点项目"].forEach((title, s) => {
    lines.push(`${toChineseNumber(s + 1)}、${title}`);
    for (let i = 1; i <= 20; i++) {
      lines.push(`(${toChineseNumber(i)})推进第${i}组工作。(责任单位:${UNITS})`);
      for (let j = 1; j <= 24; j++) {
        lines.push(
          `${j}.推进第${j}项工作。加快建设平台,推动融合发展。力争到2025年,相关产业增加值占GDP比重达${j}%以上,培育${i * j}家左右企业。2024年底前完成。(责任单位:${UNITS})`,
        );
      }
    }
  });
  return lines.join("\n");
}

function countItems(items: PlanItem[]): number {
  return items.reduce((n, i) => n + 1 + countItems(i.children), 0);
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label: string, text: string, runs: number, goalMs: number): boolean {
  parsePlanText(text, { directory: CHANGSHA_DIRECTORY }); // warm-up: JIT and regex compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parsePlanText(text, { directory: CHANGSHA_DIRECTORY });
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const ok = ms < goalMs;
  process.stdout.write(
    `${label}: median ${ms.toFixed(2)} ms over ${runs} runs (goal < ${goalMs} ms) ${ok ? "OK" : "MISSED"}\n`,
  );
  return ok;
}

const synthetic = syntheticPlan();
const items = countItems(parsePlanText(synthetic, { directory: CHANGSHA_DIRECTORY }).sections.flatMap((s) => s.items));
const seedOk = bench("seed plan", readFileSync(SEED, "utf8"), 50, 20);
const bigOk = bench(`synthetic plan (${items} items)`, synthetic, 9, 1000);
// No corpus of real plans is stored in the repository yet; the documents written for each form stand in.
const formsStart = performance.now();
const formItems = countItems(parsePlanText(FORM_SAMPLE, { directory: TEST_CITY }).sections.flatMap((s) => s.items));
process.stdout.write(
  `form documents (written, not a real corpus): ${formItems} items, total ${(performance.now() - formsStart).toFixed(2)} ms\n`,
);
process.exit(seedOk && bigOk ? 0 : 1);
