import { extractInWorker, type WorkerLimits } from "./parse-worker";
import { runsToLines } from "./pdf-lines";

/**
 * .pdf with a text layer, through pdf.js's legacy build (the one that runs on Node 20), in a worker
 * with page, text and time limits. A scanned PDF has no text layer and yields "", which the caller
 * reports as unreadable.
 */
export async function readPdfText(buffer: Uint8Array, limits?: Partial<WorkerLimits>): Promise<string> {
  const { pages } = await extractInWorker("pdf", buffer, limits);
  return pages.map((runs) => runsToLines(runs).join("\n")).join("\n");
}
