import { Worker } from "node:worker_threads";
import { IMPORT_LIMITS } from "./limits";
import type { TextRun } from "./pdf-lines";

/**
 * The worker's code, plain CommonJS run with `eval` so it needs no file of its own after
 * bundling. It loads mammoth and pdf.js from node_modules (both are serverExternalPackages),
 * extracts text and returns plain data; everything else stays on the main thread.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");

async function docx({ bytes, maxTextChars }) {
  const mammoth = require("mammoth");
  const buffer = Buffer.from(bytes);
  const raw = await mammoth.extractRawText({ buffer });
  if (raw.value.length > maxTextChars) return { refused: "text_too_long", chars: raw.value.length };
  const html = await mammoth.convertToHtml({ buffer });
  return { text: raw.value, html: html.value };
}

async function pdf({ bytes, maxPages, maxTextChars }) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    if (doc.numPages > maxPages) return { refused: "too_many_pages", pages: doc.numPages };
    const pages = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (typeof item.str !== "string" || !item.transform) continue;
        chars += item.str.length;
        const t = item.transform;
        runs.push({ str: item.str, x: t[4], y: t[5], width: item.width || 0, height: item.height || Math.abs(t[3]) || 10 });
      }
      page.cleanup();
      if (chars > maxTextChars) return { refused: "text_too_long", chars };
      pages.push(runs);
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}

(workerData.kind === "docx" ? docx(workerData) : pdf(workerData)).then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (error) => parentPort.postMessage({ ok: false, message: String((error && error.message) || error) }),
);
`;

export type WorkerRefusal =
  | { refused: "text_too_long"; chars: number }
  | { refused: "too_many_pages"; pages: number }
  | { refused: "timeout"; seconds: number }
  | { refused: "out_of_memory" };

export type DocxExtract = { text: string; html: string };
export type PdfExtract = { pages: TextRun[][] };

export class WorkerRefused extends Error {
  constructor(readonly refusal: WorkerRefusal) {
    super(refusal.refused);
    this.name = "WorkerRefused";
  }
}

/** Thrown when the library itself fails on the file (corrupt, wrong format). */
export class WorkerFailed extends Error {}

export interface WorkerLimits {
  maxPages: number;
  maxTextChars: number;
  timeoutMs: number;
  heapMb: number;
}

const DEFAULT_LIMITS: WorkerLimits = {
  maxPages: IMPORT_LIMITS.maxPdfPages,
  maxTextChars: IMPORT_LIMITS.maxTextChars,
  timeoutMs: IMPORT_LIMITS.parseTimeoutMs,
  heapMb: IMPORT_LIMITS.workerHeapMb,
};

/**
 * Runs mammoth or pdf.js in a worker thread with a heap limit, and stops it when it runs past the
 * time limit, so one hostile file can neither freeze nor exhaust the server.
 */
export function extractInWorker(kind: "docx", bytes: Uint8Array, limits?: Partial<WorkerLimits>): Promise<DocxExtract>;
export function extractInWorker(kind: "pdf", bytes: Uint8Array, limits?: Partial<WorkerLimits>): Promise<PdfExtract>;
export function extractInWorker(
  kind: "docx" | "pdf",
  bytes: Uint8Array,
  limits: Partial<WorkerLimits> = {},
): Promise<DocxExtract | PdfExtract> {
  const l = { ...DEFAULT_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { kind, bytes, maxPages: l.maxPages, maxTextChars: l.maxTextChars },
      resourceLimits: { maxOldGenerationSizeMb: l.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new WorkerRefused({ refused: "timeout", seconds: Math.max(1, Math.ceil(l.timeoutMs / 1000)) })),
        ),
      l.timeoutMs,
    );
    worker.on(
      "message",
      (message: { ok: true; result: (DocxExtract | PdfExtract) | WorkerRefusal } | { ok: false; message: string }) =>
        settle(() => {
          if (!message.ok) return reject(new WorkerFailed(message.message));
          if ("refused" in message.result) return reject(new WorkerRefused(message.result));
          resolve(message.result);
        }),
    );
    worker.on("error", (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new WorkerRefused({ refused: "out_of_memory" })
            : new WorkerFailed(error.message),
        ),
      ),
    );
    worker.on("exit", (code) => settle(() => reject(new WorkerFailed(`worker exited with code ${code}`))));
  });
}
