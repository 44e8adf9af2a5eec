import type { PlanSource } from "../types";
import { parseHtmlTables } from "./html-tables";
import { extractInWorker, type WorkerLimits } from "./parse-worker";
import { assertZipWithinLimits } from "./zip-guard";

/**
 * .docx: the raw text for the outline and metadata, plus tables (for a 任务分解表) from the HTML.
 * The zip's sizes are checked before mammoth inflates anything, and mammoth runs in a worker.
 */
export async function readDocx(
  buffer: Buffer,
  limits?: Partial<WorkerLimits> & { maxUnzippedBytes?: number },
): Promise<PlanSource> {
  await assertZipWithinLimits(buffer, limits?.maxUnzippedBytes);
  const { text, html } = await extractInWorker("docx", buffer, limits);
  return { text, tables: parseHtmlTables(html) };
}
